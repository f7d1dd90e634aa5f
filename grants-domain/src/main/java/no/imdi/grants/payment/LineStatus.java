package no.imdi.grants.payment;

/**
 * A payment line's status in the municipality's instalment basis (*termingrunnlag*, R-PAY-3):
 * planned while its run is open, sent once the run is approved, paid once the bank confirmed it. It
 * is the run's state read through, never stored on the line, so that a line is never updated.
 */
public enum LineStatus {
  PLANNED,
  SENT,
  PAID
}
