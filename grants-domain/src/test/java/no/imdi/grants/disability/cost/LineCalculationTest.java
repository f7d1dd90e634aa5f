package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.line;
import static no.imdi.grants.disability.cost.Lines.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineCalculationTest {

  @ParameterizedTest(name = "{0} kr x {1} h, {2}/{3}, zone {4}: {5} + {6} + {7} + {8} = {9}")
  @DisplayName("R-COST-7 a line is pay + holiday pay + pension + contribution, rounded half up")
  @CsvSource({
    // DOMAIN.md's example: 1 000 h at 250 kr, 12 %, 10 %, zone I
    "250, 1000, 0.12, 0.10, I, 250000.00, 30000.00, 25000.00, 43005.00, 348005",
    "312.40, 37.5, 0.102, 0.02, IVa, 11715.00, 1194.93, 234.30, 1038.39, 14183",
    "287.65, 1250, 0.143, 0.12, IV, 359562.50, 51417.44, 43147.50, 23160.50, 477288",
    // pay 2 429.175 is kept to the øre half up: 2 429.18
    "198.30, 12.25, 0.102, 0, Ia, 2429.18, 247.78, 0.00, 283.76, 2961",
    "0, 100, 0.12, 0.10, I, 0.00, 0.00, 0.00, 0.00, 0",
    "250, 0, 0.12, 0.10, I, 0.00, 0.00, 0.00, 0.00, 0"
  })
  void R_COST_7_lineIsTheSumOfItsComponents(
      String hourlyPay,
      String hours,
      String holidayRate,
      String pensionRate,
      String zone,
      String pay,
      String holidayPay,
      String pension,
      String contribution,
      long total) {
    LineCost cost =
        single(ContributionZone.parse(zone), line(hourlyPay, hours, holidayRate, pensionRate));

    assertThat(cost.covered()).isTrue();
    assertThat(cost.pay()).isEqualTo(nok(pay));
    assertThat(cost.holidayPay()).isEqualTo(nok(holidayPay));
    assertThat(cost.pension()).isEqualTo(nok(pension));
    assertThat(cost.employerContribution()).isEqualTo(nok(contribution));
    assertThat(cost.total()).isEqualTo(Nok.kroner(total));
    assertThat(cost.reason().rules()).containsExactly("R-COST-7", "R-COST-2", "R-COST-3");
  }

  @ParameterizedTest(name = "{0} kr x {1} h, {2}/{3}, zone {4}: exact {5} -> {6}")
  @DisplayName("R-COST-7 the line total is rounded half up, also at exactly ,50")
  @CsvSource({
    "213, 1, 0.12, 0.10, I, 296.50, 297",
    "169, 2, 0.12, 0.10, I, 470.50, 471",
    "100.50, 1, 0, 0, V, 100.50, 101",
    "101.50, 1, 0, 0, V, 101.50, 102",
    "100.49, 1, 0, 0, V, 100.49, 100",
    "100.51, 1, 0, 0, V, 100.51, 101",
    "0.50, 1, 0, 0, V, 0.50, 1"
  })
  void R_COST_7_lineTotalIsRoundedHalfUp(
      String hourlyPay,
      String hours,
      String holidayRate,
      String pensionRate,
      String zone,
      String exact,
      long total) {
    LineCost cost =
        single(ContributionZone.parse(zone), line(hourlyPay, hours, holidayRate, pensionRate));

    assertThat(cost.exactSum()).isEqualTo(nok(exact));
    assertThat(cost.total()).isEqualTo(Nok.kroner(total));
  }

  @Test
  @DisplayName("R-COST-7 the reason shows the arithmetic of the rule book's example")
  void R_COST_7_reasonShowsTheArithmetic() {
    LineCost cost = single(ContributionZone.I, line("250", "1000", "0.12", "0.10"));

    assertThat(cost.reason().text(Locale.forLanguageTag("nb")))
        .isEqualTo(
            "1 000 t x 250 kr = 250 000 kr; feriepenger 12 % = 30 000 kr; pensjon 10 % ="
                + " 25 000 kr; arbeidsgiveravgift sone I 14,1 % av 305 000 kr = 43 005 kr;"
                + " sum 348 005 kr (R-COST-7)");
    assertThat(cost.reason().text(Locale.ENGLISH))
        .isEqualTo(
            "1 000 h x 250 kr = 250 000 kr; holiday pay 12 % = 30 000 kr; pension 10 % ="
                + " 25 000 kr; employer's contribution zone I 14.1 % of 305 000 kr = 43 005 kr;"
                + " total 348 005 kr (R-COST-7)");
  }

  @Test
  @DisplayName("R-COST-7 the reason keeps øre and decimal hours so it can be redone by hand")
  void R_COST_7_reasonKeepsOreAndDecimals() {
    LineCost cost = single(ContributionZone.IVA, line("312.40", "37.5", "0.102", "0.02"));

    assertThat(cost.reason().norwegian())
        .isEqualTo(
            "37,5 t x 312,40 kr = 11 715 kr; feriepenger 10,2 % = 1 194,93 kr; pensjon 2 % ="
                + " 234,30 kr; arbeidsgiveravgift sone IVa 7,9 % av 13 144,23 kr = 1 038,39 kr;"
                + " sum 14 183 kr (R-COST-7)");
    assertThat(cost.reason().english())
        .startsWith("37.5 h x 312,40 kr = 11 715 kr; holiday pay 10.2 % = 1 194,93 kr;")
        .contains("employer's contribution zone IVa 7.9 % of 13 144,23 kr = 1 038,39 kr");
  }

  @Test
  @DisplayName("R-COST-7 each component is also given in whole kroner for display")
  void R_COST_7_componentsInWholeKroner() {
    LineCost cost = single(ContributionZone.IVA, line("312.40", "37.5", "0.102", "0.02"));

    assertThat(cost.payInKroner()).isEqualTo(Nok.kroner(11_715));
    assertThat(cost.holidayPayInKroner()).isEqualTo(Nok.kroner(1_195));
    assertThat(cost.pensionInKroner()).isEqualTo(Nok.kroner(234));
    assertThat(cost.employerContributionInKroner()).isEqualTo(Nok.kroner(1_038));
    // 11 715 + 1 195 + 234 + 1 038 = 14 182, but the total is taken from the exact components
    assertThat(cost.total()).isEqualTo(Nok.kroner(14_183));
  }

  private static Nok nok(String amount) {
    return Nok.of(new BigDecimal(amount));
  }
}
