package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTotalsTest {

  @ParameterizedTest(name = "zone {0}: {1} + {2} = {3}")
  @DisplayName(
      "R-COST-7 a measure is the sum of its rounded lines, the application of its measures")
  @CsvSource({
    "I, 348005, 297, 348302, 14998, 363300",
    "V, 305000, 260, 305260, 13144, 318404",
    "III, 324520, 276, 324796, 13985, 338781"
  })
  void R_COST_7_totalsAreSumsOfRoundedLines(
      String zone,
      long firstLine,
      long secondLine,
      long firstMeasure,
      long secondMeasure,
      long total) {
    Measure relief =
        Measure.of(
            "Avlastning", line("250", "1000", "0.12", "0.10"), line("213", "1", "0.12", "0.10"));
    Measure school = Measure.of("Skoleassistent", line("312.40", "37.5", "0.102", "0.02"));

    CostCalculation calculation =
        new CostCalculator().calculate(ContributionZone.parse(zone), List.of(relief, school));

    MeasureCost first = calculation.measures().get(0);
    assertThat(first.lines())
        .extracting(LineCost::total)
        .containsExactly(Nok.kroner(firstLine), Nok.kroner(secondLine));
    assertThat(first.total()).isEqualTo(Nok.kroner(firstMeasure));
    assertThat(calculation.measures().get(1).total()).isEqualTo(Nok.kroner(secondMeasure));
    assertThat(calculation.total()).isEqualTo(Nok.kroner(total));
    assertThat(calculation.zone()).isEqualTo(ContributionZone.parse(zone));
    assertThat(first.reason().text(Locale.ENGLISH))
        .isEqualTo(
            "Measure “Avlastning”: "
                + Nok.kroner(firstLine)
                + " + "
                + Nok.kroner(secondLine)
                + " = "
                + Nok.kroner(firstMeasure)
                + " (R-COST-7).");
    assertThat(calculation.reason().norwegian())
        .isEqualTo(
            "Sum for alle tiltak: "
                + Nok.kroner(firstMeasure)
                + " + "
                + Nok.kroner(secondMeasure)
                + " = "
                + Nok.kroner(total)
                + " (R-COST-7).");
  }
}
