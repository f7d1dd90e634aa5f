package no.imdi.grants.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"abc", "-1", "0", "1e3", " 12", "12 ", "+5", "9999999999999999999", "1\u0000"})
  void anythingButAPositiveWholeNumberIsNoId(String value) {
    assertThat(Ids.parse(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "20751", "000042", "999999999999999999"})
  void positiveWholeNumbersAreIds(String value) {
    assertThat(Ids.parse(value)).isEqualTo(Long.parseLong(value));
  }
}
