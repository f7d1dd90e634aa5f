package no.imdi.grants.disability.report;

import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.StateChange;

/** What a checker's review did: to the outcome's proposal and to the report. */
public record OutcomeReview(
    StateChange<ProposalStatus> outcome, StateChange<AccountsReportState> report) {}
