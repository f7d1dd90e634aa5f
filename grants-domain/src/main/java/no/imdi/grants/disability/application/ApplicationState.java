package no.imdi.grants.disability.application;

/**
 * The states of an application: a draft the municipality edits; submitted; under assessment by an
 * IMDi caseworker, or waiting for documentation IMDi asked for; a decision prepared and waiting for
 * a second officer; sent back by that officer; decided (the decision approved: *vedtak fattet*,
 * whatever its outcome); or withdrawn by the municipality. Only the verbs of {@link Application}
 * move it.
 */
public enum ApplicationState {
  DRAFT,
  SUBMITTED,
  WAITING_FOR_DOCUMENTATION,
  UNDER_ASSESSMENT,
  PREPARED,
  SENT_BACK,
  DECIDED,
  WITHDRAWN;

  /** Not yet decided or withdrawn. */
  public boolean isOpen() {
    return this != DECIDED && this != WITHDRAWN;
  }

  /** Submitted and not yet decided or withdrawn: IMDi's work. */
  public boolean isWithImdi() {
    return isOpen() && this != DRAFT;
  }
}
