package no.imdi.grants.casefile;

/** Whose turn it is in an enquiry's thread, or that IMDi has closed it. */
public enum EnquiryState {
  WAITING_FOR_IMDI,
  WAITING_FOR_MUNICIPALITY,
  CLOSED
}
