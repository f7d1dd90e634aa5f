package no.imdi.grants.casefile;

/** What waits in IMDi's work queue. */
public enum QueueItemType {
  APPLICATION,
  CONVERSION,
  EXTENSION_REQUEST,
  ENQUIRY,
  COMPLAINT
}
