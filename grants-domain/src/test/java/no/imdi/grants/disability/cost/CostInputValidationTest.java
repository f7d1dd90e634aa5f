package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.line;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CostInputValidationTest {

  static Stream<Arguments> invalidLines() {
    CostLine ok = line("250", "10", "0.12", "0.10");
    return Stream.of(
        Arguments.of(
            with(ok, "hours", new BigDecimal("-1")),
            "measures[0].lines[1].hours must not be negative, was -1"),
        Arguments.of(with(ok, "hours", null), "measures[0].lines[1].hours is missing"),
        Arguments.of(
            with(ok, "hourlyPay", Nok.kroner(-250)),
            "measures[0].lines[1].hourlyPay must not be negative, was -250 kr"),
        Arguments.of(with(ok, "hourlyPay", null), "measures[0].lines[1].hourlyPay is missing"),
        Arguments.of(with(ok, "role", " "), "measures[0].lines[1].role is missing"),
        Arguments.of(with(ok, "category", null), "measures[0].lines[1].category is missing"),
        Arguments.of(
            with(ok, "holidayPayRate", new BigDecimal("12")),
            "measures[0].lines[1].holidayPayRate must be a fraction between 0 and 0.2"
                + " (0.12 for 12 %), was 12"),
        Arguments.of(
            with(ok, "holidayPayRate", new BigDecimal("0.201")),
            "measures[0].lines[1].holidayPayRate must be a fraction between 0 and 0.2"
                + " (0.12 for 12 %), was 0.201"),
        Arguments.of(
            with(ok, "holidayPayRate", new BigDecimal("-0.01")),
            "measures[0].lines[1].holidayPayRate must be a fraction between 0 and 0.2"
                + " (0.12 for 12 %), was -0.01"),
        Arguments.of(
            with(ok, "pensionRate", new BigDecimal("0.31")),
            "measures[0].lines[1].pensionRate must be a fraction between 0 and 0.3"
                + " (0.12 for 12 %), was 0.31"),
        Arguments.of(with(ok, "pensionRate", null), "measures[0].lines[1].pensionRate is missing"),
        Arguments.of(null, "measures[0].lines[1] is missing"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidLines")
  @DisplayName("R-COST-7 an invalid cost line is rejected, naming the field")
  void R_COST_7_invalidLineIsRejected(CostLine invalid, String message) {
    List<Measure> measures =
        List.of(
            new Measure("Avlastning", Arrays.asList(line("250", "10", "0.12", "0.10"), invalid)));

    assertThatThrownBy(() -> new CostCalculator().calculate(ContributionZone.I, measures))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> invalidMeasures() {
    CostLine ok = line("250", "10", "0.12", "0.10");
    return Stream.of(
        Arguments.of(List.of(), "measures must hold at least one measure"),
        Arguments.of(null, "measures is missing"),
        Arguments.of(
            List.of(Measure.of("A", ok), new Measure("B", List.of())),
            "measures[1].lines must hold at least one cost line"),
        Arguments.of(
            List.of(Measure.of("A", ok), new Measure("B", null)), "measures[1].lines is missing"),
        Arguments.of(List.of(Measure.of("", ok)), "measures[0].name is missing"),
        Arguments.of(Arrays.asList(Measure.of("A", ok), null), "measures[1] is missing"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidMeasures")
  @DisplayName("R-COST-7 missing or empty measures are rejected, naming the field")
  void R_COST_7_invalidMeasuresAreRejected(List<Measure> measures, String message) {
    assertThatThrownBy(() -> new CostCalculator().calculate(ContributionZone.I, measures))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  @DisplayName("R-COST-3 a missing zone is rejected")
  void missingZoneIsRejected() {
    List<Measure> measures = List.of(Measure.of("A", line("250", "10", "0.12", "0.10")));

    assertThatThrownBy(() -> new CostCalculator().calculate(null, measures))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("zone is missing");
  }

  private static CostLine with(CostLine line, String field, Object value) {
    return new CostLine(
        field.equals("role") ? (String) value : line.role(),
        field.equals("hourlyPay") ? (Nok) value : line.hourlyPay(),
        field.equals("hours") ? (BigDecimal) value : line.hours(),
        field.equals("category") ? (TimeCategory) value : line.category(),
        field.equals("holidayPayRate") ? (BigDecimal) value : line.holidayPayRate(),
        field.equals("pensionRate") ? (BigDecimal) value : line.pensionRate());
  }
}
