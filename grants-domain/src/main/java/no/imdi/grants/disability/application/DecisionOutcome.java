package no.imdi.grants.disability.application;

/**
 * The outcomes of a decision on an application (R-DEC-1): granted, partly granted (an amount for
 * some of the measures), refused (*avslag*) or dismissed (*avvist*, for example late, R-DL-6). A
 * grant or a refusal is not an individual decision and cannot be appealed (R-AP-1); a dismissal is,
 * and can (R-AP-2).
 */
public enum DecisionOutcome {
  GRANTED,
  PARTLY_GRANTED,
  REFUSED,
  DISMISSED;

  public boolean granted() {
    return this == GRANTED || this == PARTLY_GRANTED;
  }

  /** R-AP-2: only a dismissal is an individual decision the municipality can complain about. */
  public boolean appealable() {
    return this == DISMISSED;
  }
}
