package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_T_TG_1;
import static no.imdi.grants.disability.RuleIds.R_T_TG_2;
import static no.imdi.grants.disability.RuleIds.R_T_TG_3;

import java.time.LocalDate;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * The target group (<i>målgruppen</i>) of the disability grant. The person is within the
 * integration grant scheme and settled by agreement between the state and the municipality; a
 * family-reunified person only when settled by a special agreement (R-T-TG-1). A serious impairment
 * that arose before settlement is documented, which is IMDi's assessment (R-T-TG-2). A child born
 * up to and including 6 months after the mother's settlement is in the target group (R-T-TG-3;
 * mother settled 13.10.2023: born up to 13.04.2024); the settlement facts then describe the
 * mother's settlement.
 */
public final class TargetGroup {

  static final int CHILD_BORN_WITHIN_MONTHS = 6; // R-T-TG-3

  private static final Explanation IN = Explanation.note("targetGroup.in");
  private static final Explanation OUT = Explanation.note("targetGroup.out");

  private TargetGroup() {}

  /** Whether the person is in the target group, with every condition's reason. */
  public static Reasoned<Boolean> assess(SettlementFacts facts) {
    Reasoned<Boolean> settlement = settlement(facts);
    Reasoned<Boolean> impairment = impairment(facts.impairment());
    boolean in = settlement.value() && impairment.value();
    Explanation reasons = settlement.explanation();
    if (facts.childBornAfterMotherSettled()) {
      Reasoned<Boolean> child = childBorn(facts.motherSettlementDate(), facts.birthDate());
      in = in && child.value();
      reasons = reasons.and(child.explanation());
    }
    reasons = reasons.and(impairment.explanation());
    return new Reasoned<>(in, (in ? IN : OUT).and(reasons));
  }

  /** R-T-TG-1: within the scheme, and settled by agreement (a special one if family reunified). */
  static Reasoned<Boolean> settlement(SettlementFacts facts) {
    if (!facts.withinIntegrationGrantScheme()) {
      return Reasoned.of(false, R_T_TG_1, "R-T-TG-1.outsideScheme");
    }
    if (facts.familyReunified()) {
      return facts.specialAgreement()
          ? Reasoned.of(true, R_T_TG_1, "R-T-TG-1.reunifiedBySpecialAgreement")
          : Reasoned.of(false, R_T_TG_1, "R-T-TG-1.reunifiedWithoutSpecialAgreement");
    }
    return facts.settledByAgreement()
        ? Reasoned.of(true, R_T_TG_1, "R-T-TG-1.byAgreement")
        : Reasoned.of(false, R_T_TG_1, "R-T-TG-1.notByAgreement");
  }

  /** R-T-TG-3: born up to and including 6 months after the mother's settlement. */
  static Reasoned<Boolean> childBorn(LocalDate motherSettled, LocalDate born) {
    LocalDate lastDay = motherSettled.plusMonths(CHILD_BORN_WITHIN_MONTHS);
    boolean within = !born.isAfter(lastDay);
    return Reasoned.of(
        within,
        R_T_TG_3,
        within ? "R-T-TG-3.within" : "R-T-TG-3.later",
        born,
        motherSettled,
        lastDay);
  }

  /** R-T-TG-2: IMDi's assessment of the documented impairment; open until it is made. */
  static Reasoned<Boolean> impairment(ImpairmentAssessment assessment) {
    return switch (assessment) {
      case DOCUMENTED -> Reasoned.of(true, R_T_TG_2, "R-T-TG-2.documented");
      case NOT_DOCUMENTED -> Reasoned.of(false, R_T_TG_2, "R-T-TG-2.notDocumented");
      case NOT_ASSESSED -> Reasoned.of(true, R_T_TG_2, "R-T-TG-2.notAssessed");
    };
  }
}
