package no.imdi.grants.inbox;

/** What an inbox item was delivered for; each source is delivered once (unique in the table). */
public enum InboxSource {
  DECISION,
  EXTENSION_REQUEST,
  ENQUIRY_MESSAGE,
  /** The letter of an approved accounts-report outcome (R-REP-3..5). */
  ACCOUNTS_OUTCOME,
  /** An accounts report due within the reminder days (R-REP-1). */
  ACCOUNTS_DUE_SOON,
  /** An accounts report past its due date (R-REP-1). */
  ACCOUNTS_OVERDUE,
  /** A letter about a complaint (R-AP); its source id is the letter's journal entry. */
  COMPLAINT_LETTER
}
