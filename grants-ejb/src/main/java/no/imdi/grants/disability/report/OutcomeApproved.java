package no.imdi.grants.disability.report;

/**
 * What follows an approved accounts-report outcome, fired in its transaction for whoever writes the
 * letter: which case, report and outcome, and the outcome's kind.
 */
public record OutcomeApproved(long caseId, long reportId, long outcomeId, OutcomeKind kind) {}
