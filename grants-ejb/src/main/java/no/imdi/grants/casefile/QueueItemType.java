package no.imdi.grants.casefile;

/**
 * What waits in IMDi's work queue; the accounts reports (R-REP) are a submitted report to review, a
 * report not yet submitted that is due soon or overdue, and a claimed overrun to decide (R-REP-3).
 */
public enum QueueItemType {
  APPLICATION,
  CONVERSION,
  EXTENSION_REQUEST,
  ENQUIRY,
  ACCOUNTS_REPORT,
  ACCOUNTS_REPORT_DUE,
  ACCOUNTS_CLAIM,
  COMPLAINT
}
