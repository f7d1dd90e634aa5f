package no.imdi.grants.disability.application;

import java.time.Instant;

/**
 * What follows an approved decision, fired in its transaction for whoever writes the letter and
 * later the payment line: which case, application and decision, the outcome, and when it was
 * approved (the letter is dated and delivered then; null: when the letter is written).
 */
public record DecisionApproved(
    long caseId, long applicationId, long decisionId, DecisionOutcome outcome, Instant approvedAt) {

  public DecisionApproved(
      long caseId, long applicationId, long decisionId, DecisionOutcome outcome) {
    this(caseId, applicationId, decisionId, outcome, null);
  }
}
