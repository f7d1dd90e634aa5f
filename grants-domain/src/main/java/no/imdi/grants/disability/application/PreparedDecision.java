package no.imdi.grants.disability.application;

import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.StateChange;

/** A decision just prepared, and the application's move to {@link ApplicationState#PREPARED}. */
public record PreparedDecision(Decision decision, StateChange<ApplicationState> application) {

  /** The decision's creation, waiting for a checker. */
  public StateChange<ProposalStatus> proposal() {
    return new StateChange<>(
        "prepareDecision",
        null,
        ProposalStatus.PENDING,
        application.by(),
        application.at(),
        decision.getOutcome().name());
  }
}
