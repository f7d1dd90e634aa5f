package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

  @ParameterizedTest(name = "{0}/{1} is {2}")
  @CsvSource({"2026, 123, 2026/00123", "2026, 1, 2026/00001", "2027, 123456, 2027/123456"})
  void writtenAsYearSlashAtLeastFiveDigits(int year, int sequence, String text) {
    CaseNumber number = new CaseNumber(year, sequence);

    assertThat(number).hasToString(text);
    assertThat(CaseNumber.parse(text)).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026/123", "26/00123", "2026-00123", "", "2026/00000"})
  void otherTextIsNotACaseNumber(String text) {
    assertThatThrownBy(() -> CaseNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sequencesStartAtOne() {
    assertThatThrownBy(() -> new CaseNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
