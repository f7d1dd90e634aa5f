package no.imdi.grants.payment;

/**
 * Why a payment line is in a run (R-PAY-4): an entitlement paid for the first time ({@code
 * ORDINARY}), the difference when what is owed changed after it was carried ({@code ADJUSTMENT}: a
 * correction of facts, a move registered late, a changed decision), an amount taken back ({@code
 * RECOVERY}, R-REP-4, R-REP-5), or a negative balance moved to the next instalment ({@code
 * CARRIED}: a positive line in the run that nets negative, the same amount negative in the next).
 */
public enum LineKind {
  ORDINARY,
  ADJUSTMENT,
  RECOVERY,
  CARRIED
}
