package no.imdi.grants.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LargeChangeTest {

  @ParameterizedTest(name = "{0} -> {1}: large {2}")
  @CsvSource({
    "194400, 100, true",
    "194400, 97200, false",
    "194400, 97199, true",
    "194400, 291600, false",
    "194400, 291601, true",
    "194400, 200000, false",
    "0, 0, false",
    "0, 1, true"
  })
  void aChangeOfMoreThanHalfTheOldAmountIsLarge(String before, String after, boolean large) {
    assertThat(LargeChange.isLarge(new BigDecimal(before), new BigDecimal(after))).isEqualTo(large);
  }
}
