package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_T_TG_1;
import static no.imdi.grants.disability.RuleIds.R_T_TG_2;
import static no.imdi.grants.disability.RuleIds.R_T_TG_3;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;
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
    Explanation verdict =
        Explanation.literal(
            List.of(),
            in ? "I målgruppen for tilskuddet." : "Ikke i målgruppen for tilskuddet.",
            in ? "In the grant's target group." : "Not in the grant's target group.");
    return new Reasoned<>(in, verdict.and(reasons));
  }

  /** R-T-TG-1: within the scheme, and settled by agreement (a special one if family reunified). */
  static Reasoned<Boolean> settlement(SettlementFacts facts) {
    if (!facts.withinIntegrationGrantScheme()) {
      return Reasoned.literal(
          false,
          R_T_TG_1,
          "Ikke innenfor integreringstilskuddsordningen (R-T-TG-1).",
          "Not within the integration grant scheme (R-T-TG-1).");
    }
    if (facts.familyReunified()) {
      return facts.specialAgreement()
          ? Reasoned.literal(
              true,
              R_T_TG_1,
              "Familiegjenforent og bosatt etter særskilt avtale mellom staten og kommunen"
                  + " (R-T-TG-1).",
              "Family-reunified and settled by a special agreement between the state and the"
                  + " municipality (R-T-TG-1).")
          : Reasoned.literal(
              false,
              R_T_TG_1,
              "Familiegjenforent uten særskilt avtale mellom staten og kommunen (R-T-TG-1).",
              "Family-reunified without a special agreement between the state and the"
                  + " municipality (R-T-TG-1).");
    }
    return facts.settledByAgreement()
        ? Reasoned.literal(
            true,
            R_T_TG_1,
            "Innenfor integreringstilskuddsordningen og bosatt etter avtale mellom staten og"
                + " kommunen (R-T-TG-1).",
            "Within the integration grant scheme and settled by agreement between the state and"
                + " the municipality (R-T-TG-1).")
        : Reasoned.literal(
            false,
            R_T_TG_1,
            "Ikke bosatt etter avtale mellom staten og kommunen (R-T-TG-1).",
            "Not settled by agreement between the state and the municipality (R-T-TG-1).");
  }

  /** R-T-TG-3: born up to and including 6 months after the mother's settlement. */
  static Reasoned<Boolean> childBorn(LocalDate motherSettled, LocalDate born) {
    LocalDate lastDay = motherSettled.plusMonths(CHILD_BORN_WITHIN_MONTHS);
    String facts = Formats.date(born);
    String mother = Formats.date(motherSettled);
    String last = Formats.date(lastDay);
    return born.isAfter(lastDay)
        ? Reasoned.literal(
            false,
            R_T_TG_3,
            "Barnet er født "
                + facts
                + ", mer enn 6 måneder etter at mor ble bosatt "
                + mother
                + " (siste dag "
                + last
                + ") (R-T-TG-3).",
            "The child was born on "
                + facts
                + ", more than 6 months after the mother was settled"
                + " on "
                + mother
                + " (last day "
                + last
                + ") (R-T-TG-3).")
        : Reasoned.literal(
            true,
            R_T_TG_3,
            "Barnet er født "
                + facts
                + ", innen 6 måneder etter at mor ble bosatt "
                + mother
                + " (til og med "
                + last
                + ") (R-T-TG-3).",
            "The child was born on "
                + facts
                + ", within 6 months after the mother was settled on "
                + mother
                + " (up to and including "
                + last
                + ") (R-T-TG-3).");
  }

  /** R-T-TG-2: IMDi's assessment of the documented impairment; open until it is made. */
  static Reasoned<Boolean> impairment(ImpairmentAssessment assessment) {
    return switch (assessment) {
      case DOCUMENTED ->
          Reasoned.literal(
              true,
              R_T_TG_2,
              "En alvorlig funksjonsnedsettelse eller atferdsvanske med opphav før bosetting er"
                  + " dokumentert (R-T-TG-2).",
              "A serious impairment or behavioural disorder that arose before settlement is"
                  + " documented (R-T-TG-2).");
      case NOT_DOCUMENTED ->
          Reasoned.literal(
              false,
              R_T_TG_2,
              "En alvorlig funksjonsnedsettelse med opphav før bosetting er ikke dokumentert"
                  + " (R-T-TG-2).",
              "A serious impairment that arose before settlement is not documented (R-T-TG-2).");
      case NOT_ASSESSED ->
          Reasoned.literal(
              true,
              R_T_TG_2,
              "Funksjonsnedsettelsen er ennå ikke vurdert; målgruppen forutsetter at en alvorlig"
                  + " funksjonsnedsettelse med opphav før bosetting blir dokumentert (R-T-TG-2).",
              "The impairment has not been assessed yet; the target group requires a documented"
                  + " serious impairment that arose before settlement (R-T-TG-2).");
    };
  }
}
