package no.imdi.grants.disability.report;

import no.imdi.grants.casefile.StateChange;

/** An outcome just prepared, and the report's move to OUTCOME_PREPARED. */
public record PreparedOutcome(ReportOutcome outcome, StateChange<AccountsReportState> change) {}
