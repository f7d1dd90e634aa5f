package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetGroupTest {

  private static final LocalDate SETTLED = LocalDate.of(2023, 10, 13);

  @ParameterizedTest(
      name = "within scheme {0}, by agreement {1}, family reunified {2}, special {3}: {4}")
  @DisplayName("R-T-TG-1: within the scheme and settled by agreement; reunified by special one")
  @CsvSource({
    "true, true, false, false, true",
    "true, false, false, false, false",
    "false, true, false, false, false",
    "true, true, true, false, false",
    "true, true, true, true, true",
    "true, false, true, true, true",
    "false, true, true, true, false"
  })
  void R_T_TG_1_settledByAgreementWithinTheScheme(
      boolean withinScheme,
      boolean byAgreement,
      boolean familyReunified,
      boolean specialAgreement,
      boolean expected) {
    SettlementFacts facts =
        SettlementFacts.settledOn(SETTLED)
            .withinIntegrationGrantScheme(withinScheme)
            .settledByAgreement(byAgreement)
            .familyReunified(familyReunified, specialAgreement)
            .impairment(ImpairmentAssessment.DOCUMENTED)
            .build();

    Reasoned<Boolean> answer = TargetGroup.assess(facts);

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).containsExactly("R-T-TG-1", "R-T-TG-2");
  }

  @Test
  @DisplayName("R-T-TG-1: family reunified without a special agreement is explained")
  void R_T_TG_1_explanation() {
    SettlementFacts facts = SettlementFacts.settledOn(SETTLED).familyReunified(true, false).build();

    assertThat(TargetGroup.assess(facts).explanation().english())
        .startsWith(
            "Not in the grant's target group. Family-reunified without a special agreement"
                + " between the state and the municipality (R-T-TG-1).");
  }

  @ParameterizedTest(name = "{0}: in target group {1}")
  @DisplayName("R-T-TG-2: the documented impairment is IMDi's assessment, an input fact")
  @CsvSource({
    "DOCUMENTED, true, 'is documented (R-T-TG-2)'",
    "NOT_ASSESSED, true, 'has not been assessed yet'",
    "NOT_DOCUMENTED, false, 'is not documented (R-T-TG-2)'"
  })
  void R_T_TG_2_documentedImpairmentIsAnInputFact(
      ImpairmentAssessment assessment, boolean expected, String sentence) {
    SettlementFacts facts = SettlementFacts.settledOn(SETTLED).impairment(assessment).build();

    Reasoned<Boolean> answer = TargetGroup.assess(facts);

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).contains("R-T-TG-2");
    assertThat(answer.explanation().english()).contains(sentence);
  }

  @ParameterizedTest(name = "mother settled {0}, child born {1}: {2}")
  @DisplayName("R-T-TG-3: a child born up to and including 6 months after the mother's settlement")
  @CsvSource({
    "2023-10-13, 2023-10-13, true",
    "2023-10-13, 2024-04-12, true",
    "2023-10-13, 2024-04-13, true",
    "2023-10-13, 2024-04-14, false",
    // month ends: 31.08 + 6 months is the last day of February
    "2023-08-31, 2024-02-29, true",
    "2023-08-31, 2024-03-01, false",
    "2022-08-31, 2023-02-28, true",
    "2022-08-31, 2023-03-01, false",
    "2023-03-31, 2023-09-30, true",
    "2023-03-31, 2023-10-01, false",
    "2023-12-31, 2024-06-30, true",
    "2023-12-31, 2024-07-01, false",
    // 29 February
    "2024-02-29, 2024-08-29, true",
    "2024-02-29, 2024-08-30, false"
  })
  void R_T_TG_3_childBornWithinSixMonthsOfTheMothersSettlement(
      LocalDate motherSettled, LocalDate born, boolean expected) {
    SettlementFacts facts =
        SettlementFacts.childBornOn(born, motherSettled)
            .impairment(ImpairmentAssessment.DOCUMENTED)
            .build();

    Reasoned<Boolean> answer = TargetGroup.assess(facts);

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).containsExactly("R-T-TG-1", "R-T-TG-3", "R-T-TG-2");
  }

  @Test
  @DisplayName("R-T-TG-3: the explanation gives the last day of the six months")
  void R_T_TG_3_explanation() {
    SettlementFacts facts = SettlementFacts.childBornOn(LocalDate.of(2024, 4, 14), SETTLED).build();

    assertThat(TargetGroup.assess(facts).explanation().norwegian())
        .contains(
            "Barnet er født 14.04.2024, mer enn 6 måneder etter at mor ble bosatt 13.10.2023"
                + " (siste dag 13.04.2024) (R-T-TG-3).");
  }
}
