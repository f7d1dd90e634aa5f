package no.imdi.grants.inbox;

/** What an inbox item was delivered for; each source is delivered once (unique in the table). */
public enum InboxSource {
  DECISION,
  EXTENSION_REQUEST,
  ENQUIRY_MESSAGE,
  /** A letter about a complaint (R-AP); its source id is the letter's journal entry. */
  COMPLAINT_LETTER
}
