package no.imdi.grants.inbox;

/**
 * What arrives in a municipality's inbox: a letter from IMDi (a decision or a reply to a request),
 * a request from IMDi (for documentation, by a reply date), or IMDi's reply in an enquiry.
 */
public enum InboxItemKind {
  LETTER,
  REQUEST,
  REPLY
}
