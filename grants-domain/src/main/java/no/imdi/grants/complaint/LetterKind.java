package no.imdi.grants.complaint;

/**
 * How an incoming letter that objects to a decision is registered: as a complaint (*klage*) when
 * the decision is an individual decision that can be appealed (R-AP-2), otherwise as an enquiry
 * (*henvendelse*) that IMDi answers without the appeal procedure (R-AP-1).
 */
public enum LetterKind {
  COMPLAINT,
  ENQUIRY
}
