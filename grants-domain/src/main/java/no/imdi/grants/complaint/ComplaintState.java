package no.imdi.grants.complaint;

/**
 * The states of a complaint (*klage*) on a dismissal: late and waiting for IMDi's assessment of
 * whether it may still be considered (R-AP-5); received and being prepared by IMDi (R-AP-6); a
 * forwarding statement prepared and waiting for a second officer; with the ministry (R-AP-7); and
 * the three ends: dismissed as late, reversed by IMDi, or decided by the ministry. Only the verbs
 * of {@link Complaint} move it.
 */
public enum ComplaintState {
  LATE,
  RECEIVED,
  STATEMENT_PREPARED,
  WITH_MINISTRY,
  DISMISSED_LATE,
  REVERSED,
  DECIDED_BY_MINISTRY;

  /** Not yet answered with a final outcome. */
  public boolean isOpen() {
    return this == LATE || this == RECEIVED || this == STATEMENT_PREPARED || this == WITH_MINISTRY;
  }

  /** IMDi's work: open and not yet forwarded. */
  public boolean isWithImdi() {
    return isOpen() && this != WITH_MINISTRY;
  }
}
