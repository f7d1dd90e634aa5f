package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class T2DurationTest {

  @ParameterizedTest(name = "settled {0}, born {1}: {2} years")
  @DisplayName("R-T2-1: T2 for each year of the integration grant period, at most 5")
  @CsvSource({
    "2023-10-13, , 5",
    "2023-10-13, 1980-05-05, 5",
    "2024-02-29, 2010-01-01, 5",
    "2021-01-01, , 5"
  })
  void R_T2_1_fiveYearsOfTheIntegrationGrantPeriod(
      LocalDate settled, LocalDate born, int expected) {
    Reasoned<Integer> answer =
        T2Duration.maxYears(SettlementFacts.settledOn(settled).bornOn(born).build());

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).containsExactly("R-T2-1");
  }

  @ParameterizedTest(name = "settled {0}, unaccompanied minor born {1}: {2} years")
  @DisplayName("R-T2-2: unaccompanied minors up to the grant year they turn 20, at least 5")
  @CsvSource({
    // turns 20 on 13.10.2029, the first day of grant year 7
    "2023-10-13, 2009-10-13, 7",
    "2023-10-13, 2009-10-14, 7",
    // turns 20 on 12.10.2029, the last day of grant year 6
    "2023-10-13, 2009-10-12, 6",
    "2023-10-13, 2008-10-13, 6",
    "2023-10-13, 2008-10-12, 5",
    // turns 20 in grant year 3 or on the settlement date: never fewer than 5
    "2023-10-13, 2006-01-01, 5",
    "2023-10-13, 2003-10-13, 5",
    // turned 20 before settlement
    "2023-10-13, 2003-01-01, 5",
    // 29 February settlement: year 7 starts 01.03.2030, year 6 ends 28.02.2030
    "2024-02-29, 2010-03-01, 7",
    "2024-02-29, 2010-02-28, 6",
    // a young child: no cap of 10
    "2023-10-13, 2014-10-13, 12",
    "2023-10-13, 2014-10-12, 11"
  })
  void R_T2_2_unaccompaniedMinorsUntilTheYearTheyTurn20(
      LocalDate settled, LocalDate born, int expected) {
    Reasoned<Integer> answer =
        T2Duration.maxYears(
            SettlementFacts.settledOn(settled).bornOn(born).unaccompaniedMinor(true).build());

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).containsExactly("R-T2-1", "R-T2-2");
  }

  @Test
  @DisplayName("R-T2-2: the explanation gives the birthday and its grant year")
  void R_T2_2_explanation() {
    Reasoned<Integer> answer =
        T2Duration.maxYears(
            SettlementFacts.settledOn(LocalDate.of(2023, 10, 13))
                .bornOn(LocalDate.of(2009, 10, 13))
                .unaccompaniedMinor(true)
                .build());

    assertThat(answer.explanation().norwegian())
        .isEqualTo(
            "T2 kan gis for hvert tilskuddsår i integreringstilskuddsperioden, inntil 5 år"
                + " (R-T2-1). Enslig mindreårig født 13.10.2009 fyller 20 år 13.10.2029, i"
                + " tilskuddsår 7 (13.10.2029–12.10.2030): T2 til og med tilskuddsår 7 (R-T2-2)."
                + " Høyeste antall tilskuddsår med T2 som gjelder: 7.");
  }

  @ParameterizedTest(name = "{0}: {1} years")
  @DisplayName("R-T2-3: settled from UDI's special housing, up to 10 grant years")
  @CsvSource({
    "NONE, false, 5",
    "TILRETTELAGT_AVDELING, false, 10",
    "SAERSKILT_BO_OG_OMSORG, false, 10",
    "SAERSKILT_PLEIE_OG_OMSORG, false, 10",
    // unaccompanied minor born 13.10.2014 turns 20 in grant year 12: the largest holds
    "TILRETTELAGT_AVDELING, true, 12"
  })
  void R_T2_3_udiSpecialHousingTenYears(UdiHousing housing, boolean youngMinor, int expected) {
    SettlementFacts.Builder facts =
        SettlementFacts.settledOn(LocalDate.of(2023, 10, 13)).udiHousing(housing);
    if (youngMinor) {
      facts.bornOn(LocalDate.of(2014, 10, 13)).unaccompaniedMinor(true);
    }

    Reasoned<Integer> answer = T2Duration.maxYears(facts.build());

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules().contains("R-T2-3")).isEqualTo(housing.isSpecialHousing());
  }

  @ParameterizedTest(name = "settled {0}, born {1}, confirmed {2}: {3} years")
  @DisplayName("R-T2-4: children settled from 1.1.2024 with needs confirmed by UDI, up to 10")
  @CsvSource({
    "2024-01-01, 2010-05-05, true, 10",
    "2023-12-31, 2010-05-05, true, 5",
    "2024-01-01, 2010-05-05, false, 5",
    // 18 on the settlement day is no longer a child; 17 is
    "2024-01-01, 2006-01-01, true, 5",
    "2024-01-01, 2006-01-02, true, 10",
    "2024-06-17, 2024-01-01, true, 10"
  })
  void R_T2_4_childrenWithConfirmedNeedsSettledFrom2024(
      LocalDate settled, LocalDate born, boolean confirmed, int expected) {
    Reasoned<Integer> answer =
        T2Duration.maxYears(
            SettlementFacts.settledOn(settled)
                .bornOn(born)
                .childNeedsConfirmedByUdi(confirmed)
                .build());

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules().contains("R-T2-4")).isEqualTo(confirmed);
  }

  @Test
  @DisplayName("R-T2-4: a child settled on 31.12.2023 is told why the rule does not apply")
  void R_T2_4_explanationBefore2024() {
    Reasoned<Integer> answer =
        T2Duration.maxYears(
            SettlementFacts.settledOn(LocalDate.of(2023, 12, 31))
                .bornOn(LocalDate.of(2010, 5, 5))
                .childNeedsConfirmedByUdi(true)
                .build());

    assertThat(answer.explanation().english())
        .contains(
            "UDI has confirmed the child's needs, but the settlement date 31.12.2023 is before"
                + " 01.01.2024, so R-T2-4 does not apply.");
  }

  @Test
  @DisplayName("R-T2-4: a child born after the mother's settlement counts from the birth")
  void R_T2_4_childBornAfterMother() {
    Reasoned<Integer> answer =
        T2Duration.maxYears(
            SettlementFacts.childBornOn(LocalDate.of(2024, 3, 1), LocalDate.of(2023, 10, 13))
                .childNeedsConfirmedByUdi(true)
                .build());

    assertThat(answer.value()).isEqualTo(10);
  }
}
