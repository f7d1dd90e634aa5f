package no.imdi.grants.disability.application;

import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.StateChange;

/** The checker's approval or sending back of a decision, and what it did to the application. */
public record Review(
    StateChange<ProposalStatus> decision, StateChange<ApplicationState> application) {}
