package no.imdi.grants.disability.application;

import java.util.Objects;
import java.util.Set;
import no.imdi.grants.shared.Nok;

/**
 * What an IMDi caseworker proposes: the outcome; for a grant the amount ({@code null}: the most the
 * rules allow) and, for a partial grant, the measures granted (by their position in the
 * application); the reason (needed for a partial grant, a lower amount, a refusal or a dismissal);
 * for a dismissal the rule it rests on ({@code null}: R-DL-6 for an application flagged as late);
 * and, for T2, whether the specialist assessment makes the impairment's duration probable for the
 * rest of the period, or documents it as not lasting or tentative (R-DOC-7, for later years).
 */
public record DecisionDraft(
    DecisionOutcome outcome,
    Nok amount,
    Set<Integer> measures,
    String reason,
    String dismissalRule,
    boolean durableOnSpecialistAssessment,
    boolean impairmentNotLastingOrTentative) {

  public DecisionDraft {
    Objects.requireNonNull(outcome, "outcome");
    measures = measures == null ? Set.of() : Set.copyOf(measures);
  }

  public static DecisionDraft grant(Nok amount) {
    return new DecisionDraft(DecisionOutcome.GRANTED, amount, Set.of(), null, null, false, false);
  }

  public static DecisionDraft refuse(String reason) {
    return new DecisionDraft(DecisionOutcome.REFUSED, null, Set.of(), reason, null, false, false);
  }

  public static DecisionDraft dismiss(String reason, String rule) {
    return new DecisionDraft(DecisionOutcome.DISMISSED, null, Set.of(), reason, rule, false, false);
  }

  public DecisionDraft withReason(String text) {
    return new DecisionDraft(
        outcome,
        amount,
        measures,
        text,
        dismissalRule,
        durableOnSpecialistAssessment,
        impairmentNotLastingOrTentative);
  }
}
