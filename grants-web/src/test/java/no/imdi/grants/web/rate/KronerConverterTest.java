package no.imdi.grants.web.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KronerConverterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1520000|1520000",
        "1 520 000|1520000",
        "1\u00A0520\u00A0000|1520000",
        "1 520 000 kr|1520000",
        "kr 1 520 000|1520000",
        "1 520 000,-|1520000",
        "241100,50|241100.50",
        "0|0",
        "-5|-5"
      })
  void readsAmountsAsPeopleWriteThem(String typed, String expected) {
    assertThat(KronerConverter.parse(typed)).contains(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.520.000", "1,520,000", "12 kroner", "1e6", ",", "kr"})
  void refusesWhatIsNotANumberOfKroner(String typed) {
    assertThat(KronerConverter.parse(typed)).isEmpty();
  }
}
