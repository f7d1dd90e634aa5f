package no.imdi.grants.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateValidatorTest {

  private static final String SOURCE = "Statsbudsjettet 2027";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AR-1",
        "AR-1-EV",
        "AR-1-B",
        "AR-5",
        "ELDR",
        "BHT",
        "EMINB",
        "EMINU",
        "T1",
        "T2",
        "T2-SAERSKILT"
      })
  void everyKnownGrantCodeIsAccepted(String code) {
    assertThat(RateValidator.problems(rate(code, 2027, "0"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AR-6", "ar-1", "T2_SPECIAL_HOUSING", "AR_1", "X"})
  void unknownGrantCodesAreRefused(String code) {
    assertThat(RateValidator.problems(rate(code, 2027, "1")))
        .containsExactly(FieldProblem.of("code", "rate.code.unknown", code));
  }

  @ParameterizedTest
  @ValueSource(ints = {1900, 1901, 2024, 2198, 2199})
  void yearsFrom1900To2199AreAccepted(int year) {
    assertThat(RateValidator.problems(rate("T1", year, "196400"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 2200, 0, -2024, 20240})
  void yearsOutside1900To2199AreRefused(int year) {
    assertThat(RateValidator.problems(rate("T1", year, "196400")))
        .containsExactly(FieldProblem.of("year", "rate.year.range", "1900", "2199"));
  }

  static Stream<Arguments> amounts() {
    return Stream.of(
        Arguments.of("0", null),
        Arguments.of("1520000", null),
        Arguments.of("1520000.00", null),
        Arguments.of("999999999999", null),
        Arguments.of("-1", "rate.amount.negative"),
        Arguments.of("-0.01", "rate.amount.negative"),
        Arguments.of("1520000.50", "rate.amount.wholeKroner"),
        Arguments.of("0.01", "rate.amount.wholeKroner"),
        Arguments.of("1000000000000", "rate.amount.tooLarge"));
  }

  @ParameterizedTest
  @MethodSource("amounts")
  void amountsAreZeroOrMoreInWholeKroner(String amount, String problem) {
    assertThat(RateValidator.problems(rate("T2", 2024, amount)))
        .containsExactlyElementsOf(
            problem == null
                ? java.util.List.of()
                : java.util.List.of(FieldProblem.of("amount", problem)));
  }

  @Test
  void sourceIsRequiredAndTextsHaveAMaximumLength() {
    RateCommand noSource = new RateCommand("T1", 2024, BigDecimal.ONE, null, "   ", false, "Test");
    RateCommand tooLong =
        new RateCommand(
            "T1", 2024, BigDecimal.ONE, "x".repeat(1001), "y".repeat(1001), false, "Test");
    RateCommand longest =
        new RateCommand(
            "T1", 2024, BigDecimal.ONE, "x".repeat(1000), "y".repeat(1000), false, "Test");

    assertThat(RateValidator.problems(noSource))
        .containsExactly(FieldProblem.of("source", "required"));
    assertThat(RateValidator.problems(tooLong))
        .containsExactly(
            FieldProblem.of("conditions", "tooLong", 1000),
            FieldProblem.of("source", "tooLong", 1000));
    assertThat(RateValidator.problems(longest)).isEmpty();
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    RateCommand empty = new RateCommand(" ", null, null, " ", null, false, "Test");

    assertThatThrownBy(() -> RateValidator.check(empty))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("code", "required"),
                        FieldProblem.of("year", "required"),
                        FieldProblem.of("amount", "required"),
                        FieldProblem.of("source", "required")));
  }

  @Test
  void textIsStrippedAndBlankConditionsMeanNone() {
    RateCommand typed =
        new RateCommand(" AR-1 ", 2023, BigDecimal.TEN, "  ", "  Prop. 1 S  ", true, "Test");

    assertThat(typed.code()).isEqualTo("AR-1");
    assertThat(typed.conditions()).isNull();
    assertThat(typed.source()).isEqualTo("Prop. 1 S");
    assertThat(RateValidator.problems(typed)).isEmpty();
  }

  private static RateCommand rate(String code, int year, String amount) {
    return new RateCommand(code, year, new BigDecimal(amount), null, SOURCE, false, "Test");
  }
}
