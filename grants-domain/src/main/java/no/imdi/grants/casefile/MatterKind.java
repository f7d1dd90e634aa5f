package no.imdi.grants.casefile;

/**
 * The kinds of things with a state of their own in a case: the case itself (taken by an IMDi
 * caseworker or not), applications (a conversion T1 to T2 is an application too), decisions,
 * extension requests and enquiries. Complaints and accounts reports come later.
 */
public enum MatterKind {
  CASE,
  APPLICATION,
  DECISION,
  EXTENSION_REQUEST,
  ENQUIRY
}
