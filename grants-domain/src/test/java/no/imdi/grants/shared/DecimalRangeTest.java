package no.imdi.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalRangeTest {

  private static final DecimalRange HOURS = DecimalRange.of("0", "8784", 2);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "0, true",
    "8784, true",
    "8784.00, true",
    "37.5, true",
    "37.50000, true",
    "0.25, true",
    "8784.01, false",
    "-0.01, false",
    "37.125, false",
    "1e3, true",
    "1e4, false"
  })
  void acceptsTheRangeWithTheAllowedDecimals(String value, boolean accepted) {
    assertThat(HOURS.accepts(new BigDecimal(value))).isEqualTo(accepted);
  }

  @Test
  @Timeout(5)
  void judgesHugeAndTinyNumbersWithoutArithmeticOnThem() {
    assertThat(HOURS.contains(new BigDecimal("1e999999999"))).isFalse();
    assertThat(HOURS.contains(new BigDecimal("-1e999999999"))).isFalse();
    assertThat(HOURS.contains(new BigDecimal("1e-999999999"))).isTrue();
    assertThat(HOURS.hasAllowedDecimals(new BigDecimal("1e-999999999"))).isFalse();
    assertThat(HOURS.accepts(new BigDecimal("1." + "0".repeat(50_000)))).isFalse();
    assertThat(HOURS.accepts(null)).isFalse();
  }

  @Test
  void writesItselfAsTheApiDocumentsIt() {
    assertThat(DecimalRange.of("0", "0.2", 4)).hasToString("0..0.2");
    assertThatThrownBy(() -> DecimalRange.of("1", "0", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
