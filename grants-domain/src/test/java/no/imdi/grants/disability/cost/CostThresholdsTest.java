package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.calculate;
import static no.imdi.grants.disability.cost.Lines.worth;
import static org.assertj.core.api.Assertions.assertThat;

import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostThresholdsTest {

  @Test
  @DisplayName("R-T1-1 and R-T2-1 the thresholds are the rule book's 100 000 and 200 000 kr")
  void thresholdsAreTheRuleBooks() {
    assertThat(CostThresholds.R_T1_1_MINIMUM_COSTS).isEqualTo(Nok.kroner(100_000));
    assertThat(CostThresholds.R_T2_1_MINIMUM_COSTS).isEqualTo(Nok.kroner(200_000));
  }

  @ParameterizedTest(name = "{0} kr: T1 {1}")
  @DisplayName("R-T1-1 T1 needs costs of at least 100 000 kr")
  @CsvSource({
    "0, false",
    "99999, false",
    "100000, true",
    "100001, true",
    "199999, true",
    "200000, true",
    "348005, true"
  })
  void R_T1_1_costsOfAtLeast100000(long total, boolean met) {
    CostCalculation calculation = calculate(ContributionZone.V, worth(total));

    assertThat(calculation.total()).isEqualTo(Nok.kroner(total));
    assertThat(calculation.meetsT1Threshold()).isEqualTo(met);
    assertThat(calculation.t1Threshold().rules()).containsExactly("R-T1-1");
    String amount = Nok.kroner(total).toString();
    assertThat(calculation.t1Threshold().explanation().norwegian())
        .isEqualTo(
            met
                ? "Kostnadene "
                    + amount
                    + " er minst 100 000 kr: innslagspunktet for T1 er nådd"
                    + " (R-T1-1)."
                : "Kostnadene "
                    + amount
                    + " er under 100 000 kr: innslagspunktet for T1 er ikke"
                    + " nådd (R-T1-1).");
    assertThat(calculation.t1Threshold().explanation().english())
        .isEqualTo(
            met
                ? "Costs of "
                    + amount
                    + " are at least 100 000 kr: the T1 threshold is met"
                    + " (R-T1-1)."
                : "Costs of "
                    + amount
                    + " are below 100 000 kr: the T1 threshold is not met"
                    + " (R-T1-1).");
  }

  @ParameterizedTest(name = "{0} kr: T2 {1}")
  @DisplayName("R-T2-1 T2 needs costs of at least 200 000 kr (innslagspunkt)")
  @CsvSource({
    "0, false",
    "99999, false",
    "100000, false",
    "199999, false",
    "200000, true",
    "200001, true",
    "348005, true"
  })
  void R_T2_1_costsOfAtLeast200000(long total, boolean met) {
    CostCalculation calculation = calculate(ContributionZone.V, worth(total));

    assertThat(calculation.meetsT2Threshold()).isEqualTo(met);
    assertThat(calculation.t2Threshold().rules()).containsExactly("R-T2-1");
    String amount = Nok.kroner(total).toString();
    assertThat(calculation.t2Threshold().explanation().english())
        .isEqualTo(
            met
                ? "Costs of "
                    + amount
                    + " are at least 200 000 kr: the T2 threshold is met"
                    + " (R-T2-1)."
                : "Costs of "
                    + amount
                    + " are below 200 000 kr: the T2 threshold is not met"
                    + " (R-T2-1).");
    assertThat(calculation.t2Threshold().explanation().norwegian())
        .startsWith(
            "Kostnadene " + amount + (met ? " er minst 200 000 kr" : " er under 200 000 kr"));
  }

  @ParameterizedTest(name = "{0} kr x {1} h + {2} = {3}")
  @DisplayName("R-T2-1 the threshold is compared with the sum of rounded line totals")
  @CsvSource({
    "7999.98, 25, 0, true", // 199 999.50
    "8695.63, 23, 0, false", // 199 999.49
    "9999.95, 10, 100000, true" // 99 999.50
  })
  void R_T2_1_comparesTheRoundedTotal(String pay, String hours, long second, boolean met) {
    CostCalculation calculation =
        calculate(ContributionZone.V, Lines.line(pay, hours, "0", "0"), worth(second));

    assertThat(calculation.meetsT2Threshold()).isEqualTo(met);
  }
}
