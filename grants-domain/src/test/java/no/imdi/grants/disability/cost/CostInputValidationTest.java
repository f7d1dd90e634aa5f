package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
        Arguments.of(null, "measures[0].lines[1] is missing"),
        Arguments.of(
            with(ok, "hours", new BigDecimal("8784.01")),
            "measures[0].lines[1].hours must be at most 8784 hours (24 x 366, R-GY-1),"
                + " was 8784.01"),
        Arguments.of(
            with(ok, "hours", new BigDecimal("1e999999999")),
            "measures[0].lines[1].hours must be at most 8784 hours (24 x 366, R-GY-1),"
                + " was 1E+999999999"),
        Arguments.of(
            with(ok, "hours", new BigDecimal("-1e999999999")),
            "measures[0].lines[1].hours must not be negative, was -1E+999999999"),
        Arguments.of(
            with(ok, "hours", new BigDecimal("37.125")),
            "measures[0].lines[1].hours can have at most 2 decimals"),
        Arguments.of(
            with(ok, "hours", new BigDecimal("1e-999999999")),
            "measures[0].lines[1].hours can have at most 2 decimals"),
        Arguments.of(
            with(ok, "hourlyPay", Nok.of(new BigDecimal("10000.01"))),
            "measures[0].lines[1].hourlyPay must be at most 10000 kr, was 10000.01"),
        Arguments.of(
            with(ok, "holidayPayRate", new BigDecimal("0.12345")),
            "measures[0].lines[1].holidayPayRate can have at most 4 decimals"),
        Arguments.of(
            with(ok, "pensionRate", new BigDecimal("1e999999999")),
            "measures[0].lines[1].pensionRate must be a fraction between 0 and 0.3"
                + " (0.12 for 12 %), was 1E+999999999"),
        Arguments.of(
            with(ok, "role", "x".repeat(201)),
            "measures[0].lines[1].role can have at most 200 characters"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidLines")
  @Timeout(10)
  @DisplayName("R-COST-7 an invalid cost line is rejected, naming the field, before any arithmetic")
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
        Arguments.of(Arrays.asList(Measure.of("A", ok), null), "measures[1] is missing"),
        Arguments.of(
            Collections.nCopies(51, Measure.of("A", ok)), "measures can hold at most 50 measures"),
        Arguments.of(
            List.of(new Measure("A", Collections.nCopies(101, ok))),
            "measures[0].lines can hold at most 100 cost lines"),
        Arguments.of(
            List.of(Measure.of("x".repeat(201), ok)),
            "measures[0].name can have at most 200 characters"));
  }

  @Test
  @DisplayName("R-COST-7 the largest input allowed is calculated exactly, in whole kroner")
  void R_COST_7_theLargestInputIsCalculated() {
    CostLine largest = line("10000", "8784", "0.2", "0.3");
    List<Measure> measures =
        Collections.nCopies(
            CostLimits.MAX_MEASURES,
            new Measure("A", Collections.nCopies(CostLimits.MAX_LINES_PER_MEASURE, largest)));

    CostCalculation calculation = new CostCalculator().calculate(ContributionZone.I, measures);

    // 87 840 000 + 17 568 000 + 26 352 000 + 14.1 % of 131 760 000 = 150 338 160 per line
    assertThat(calculation.total()).isEqualTo(Nok.kroner(150_338_160L * 50 * 100));
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
