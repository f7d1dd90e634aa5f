package no.imdi.grants.disability.application;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.shared.Nok;

/**
 * The checked terms of a decision. A grant is in whole kroner, more than zero and never more than
 * the rules allow ({@link DecisionLimits}); T1 is the year's T1 rate, neither less nor in part
 * (R-T1-1); a partial grant names its measures and says why; a lower amount says why. A refusal or
 * a dismissal has no amount and says why; a dismissal of an application flagged as late rests on
 * R-DL-6 unless another rule is given.
 */
record DecisionTerms(
    DecisionOutcome outcome,
    Nok amount,
    Nok maximum,
    Nok eligibleCosts,
    AppliedRate rate,
    String reason,
    String dismissalRule,
    boolean durableOnSpecialistAssessment,
    boolean impairmentNotLastingOrTentative,
    List<GrantedMeasure> measures) {

  static final int REASON_LENGTH = 4000;
  private static final Pattern RULE = Pattern.compile("R-[A-Z0-9]+(-[A-Z0-9]+)*");

  static DecisionTerms of(Application application, DecisionDraft draft, DecisionLimits limits) {
    if (limits.isSupplement() && draft.outcome().granted()) {
      return supplement(draft, limits);
    }
    return switch (draft.outcome()) {
      case GRANTED -> grant(draft, limits, limits.allMeasures(), false);
      case PARTLY_GRANTED -> grant(draft, limits, draft.measures(), true);
      case REFUSED, DISMISSED -> noGrant(application, draft, limits);
    };
  }

  private static DecisionTerms grant(
      DecisionDraft draft, DecisionLimits limits, Set<Integer> positions, boolean partly) {
    boolean t1 = limits.kind() == GrantKind.T1;
    if (partly && t1) {
      throw Refusal.onField("outcome", CaseMessage.DECISION_T1_NOT_PARTLY);
    }
    if (positions.isEmpty()) {
      throw Refusal.onField("measures", CaseMessage.DECISION_MEASURES_REQUIRED);
    }
    if (!limits.knows(positions)) {
      throw Refusal.onField("measures", CaseMessage.DECISION_MEASURE_UNKNOWN);
    }
    Nok costs = limits.eligibleCosts(positions);
    if (!limits.meetsThreshold(positions)) {
      throw Refusal.of(
          t1 ? CaseMessage.DECISION_T1_THRESHOLD : CaseMessage.DECISION_T2_THRESHOLD, costs);
    }
    if (!limits.rate().known()) {
      throw Refusal.of(
          CaseMessage.DECISION_RATE_UNKNOWN, limits.rate().code().code(), limits.rate().rateYear());
    }
    Nok maximum = limits.maximum(positions).value();
    Nok amount = draft.amount() == null ? maximum : draft.amount();
    if (amount.amount().signum() <= 0 || amount.amount().stripTrailingZeros().scale() > 0) {
      throw Refusal.onField("amount", CaseMessage.DECISION_AMOUNT_WHOLE_KRONER, amount);
    }
    if (t1 && amount.compareTo(maximum) != 0) {
      throw Refusal.onField("amount", CaseMessage.DECISION_T1_FIXED, amount, maximum);
    }
    if (amount.compareTo(maximum) > 0) {
      throw Refusal.onField("amount", CaseMessage.DECISION_ABOVE_MAXIMUM, amount, maximum);
    }
    String reason = Texts.optional("reason", draft.reason(), REASON_LENGTH);
    if (reason == null && (partly || amount.compareTo(maximum) < 0)) {
      throw Refusal.onField("reason", CaseMessage.DECISION_REASON_REQUIRED, amount, maximum);
    }
    List<GrantedMeasure> granted =
        new TreeSet<>(positions)
            .stream()
                .map(
                    p ->
                        new GrantedMeasure(
                            p, limits.measure(p).name(), limits.measure(p).total().amount()))
                .toList();
    boolean durable = !t1 && draft.durableOnSpecialistAssessment();
    return new DecisionTerms(
        partly ? DecisionOutcome.PARTLY_GRANTED : DecisionOutcome.GRANTED,
        amount,
        maximum,
        costs,
        limits.rate(),
        reason,
        null,
        durable,
        durable && draft.impairmentNotLastingOrTentative(),
        granted);
  }

  /**
   * An additional decision on a claimed overrun (R-REP-3): granted is the claim, partly granted
   * less than the claim (the T2 cap, R-T2-1, explains a cut to the cap; a lower amount needs a
   * reason); it grants no measures of its own.
   */
  private static DecisionTerms supplement(DecisionDraft draft, DecisionLimits limits) {
    boolean partly = draft.outcome() == DecisionOutcome.PARTLY_GRANTED;
    var most = limits.maximum(Set.of());
    if (most.value() == null) {
      throw Refusal.of(CaseMessage.SUPPLEMENT_NO_ROOM, limits.eligibleCosts(Set.of()));
    }
    Nok maximum = most.value();
    Nok amount = draft.amount() == null && !partly ? maximum : draft.amount();
    if (amount == null
        || amount.amount().signum() <= 0
        || amount.amount().stripTrailingZeros().scale() > 0) {
      throw Refusal.onField("amount", CaseMessage.DECISION_AMOUNT_WHOLE_KRONER, amount);
    }
    if (amount.compareTo(maximum) > 0) {
      throw Refusal.onField("amount", CaseMessage.DECISION_ABOVE_MAXIMUM, amount, maximum);
    }
    Nok claim = limits.eligibleCosts(Set.of());
    if (partly && amount.compareTo(claim) >= 0) {
      throw Refusal.onField("amount", CaseMessage.SUPPLEMENT_PARTLY_LESS, amount, claim);
    }
    String reason = Texts.optional("reason", draft.reason(), REASON_LENGTH);
    if (reason == null && amount.compareTo(maximum) < 0) {
      throw Refusal.onField("reason", CaseMessage.DECISION_REASON_REQUIRED, amount, maximum);
    }
    return new DecisionTerms(
        amount.compareTo(claim) < 0 ? DecisionOutcome.PARTLY_GRANTED : DecisionOutcome.GRANTED,
        amount,
        maximum,
        claim,
        limits.rate(),
        reason,
        null,
        false,
        false,
        List.of());
  }

  private static DecisionTerms noGrant(
      Application application, DecisionDraft draft, DecisionLimits limits) {
    if (draft.amount() != null) {
      throw Refusal.onField("amount", CaseMessage.DECISION_NO_AMOUNT, draft.outcome());
    }
    String reason = Texts.required("reason", draft.reason(), REASON_LENGTH);
    String rule = null;
    if (draft.outcome() == DecisionOutcome.DISMISSED) {
      Submission submission = application.getSubmission();
      boolean late = submission != null && submission.toBeDismissed();
      rule = Texts.optional("dismissalRule", draft.dismissalRule(), 16);
      rule = rule == null && late ? "R-DL-6" : rule;
      if (rule != null && !RULE.matcher(rule).matches()) {
        throw Refusal.onField("dismissalRule", CaseMessage.DECISION_RULE_INVALID, rule);
      }
    }
    return new DecisionTerms(
        draft.outcome(),
        null,
        null,
        limits.eligibleCosts(limits.allMeasures()),
        limits.rate(),
        reason,
        rule,
        false,
        false,
        List.of());
  }
}
