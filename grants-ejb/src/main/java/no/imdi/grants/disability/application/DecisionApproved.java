package no.imdi.grants.disability.application;

/**
 * What follows an approved decision, fired in its transaction for whoever writes the letter and
 * later the payment line: which case, application and decision, and the outcome.
 */
public record DecisionApproved(
    long caseId, long applicationId, long decisionId, DecisionOutcome outcome) {}
