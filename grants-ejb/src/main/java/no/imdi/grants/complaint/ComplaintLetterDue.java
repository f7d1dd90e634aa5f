package no.imdi.grants.complaint;

/**
 * Fired in the transaction of a complaint's change that calls for a letter: which complaint, which
 * letter, and the audit row's action it answers (so a letter is written once per change).
 */
public record ComplaintLetterDue(long caseId, long complaintId, ComplaintLetter letter) {}
