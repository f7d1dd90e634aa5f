package no.imdi.grants.complaint;

/**
 * The letters a complaint gives rise to: the receipt (*bekreftelse*), the interim reply (R-AP-8),
 * the dismissal of a late complaint (R-AP-5, with its own complaint right), IMDi's reversal and its
 * forwarding statement with the copy to the municipality (R-AP-6), and the ministry's decision with
 * the copy to IMDi (R-AP-7).
 */
public enum ComplaintLetter {
  RECEIPT,
  INTERIM_REPLY,
  LATE_DISMISSAL,
  REVERSAL,
  STATEMENT,
  MINISTRY_DECISION
}
