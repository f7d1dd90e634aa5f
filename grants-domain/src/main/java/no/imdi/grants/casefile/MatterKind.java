package no.imdi.grants.casefile;

/**
 * The kinds of things with a state of their own in a case: the case itself (taken by an IMDi
 * caseworker or not), applications (a conversion T1 to T2 is an application too), decisions,
 * extension requests, enquiries, T2 accounts reports with their outcomes (R-REP), and complaints
 * (with their forwarding statements).
 */
public enum MatterKind {
  CASE,
  APPLICATION,
  DECISION,
  EXTENSION_REQUEST,
  ENQUIRY,
  ACCOUNTS_REPORT,
  ACCOUNTS_OUTCOME,
  COMPLAINT
}
