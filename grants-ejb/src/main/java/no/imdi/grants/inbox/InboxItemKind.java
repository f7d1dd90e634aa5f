package no.imdi.grants.inbox;

/**
 * What arrives in a municipality's inbox: a letter from IMDi (a decision or a reply to a request),
 * a request from IMDi (for documentation, by a reply date), IMDi's reply in an enquiry, or a
 * reminder (an accounts report due soon or overdue, R-REP-1).
 */
public enum InboxItemKind {
  LETTER,
  REQUEST,
  REPLY,
  REMINDER
}
