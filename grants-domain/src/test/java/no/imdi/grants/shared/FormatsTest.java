package no.imdi.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest
  @CsvSource({
    "1520000, 1 520 000 kr",
    "196400, 196 400 kr",
    "0, 0 kr",
    "999, 999 kr",
    "1000, 1 000 kr",
    "1194.93, '1 194,93 kr'",
    "42370.50, '42 370,50 kr'",
    "-2500000, -2 500 000 kr"
  })
  void amountsAreWrittenAsCaseworkersWriteThem(String value, String expected) {
    assertThat(Formats.amount(Nok.of(new BigDecimal(value)))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2023-10-13, 13.10.2023",
    "2024-02-29, 29.02.2024",
    "1999-01-01, 01.01.1999",
    "1900-12-31, 31.12.1900",
    "2199-06-09, 09.06.2199",
    "0999-01-02, 02.01.0999",
    "+10000-03-04, 04.03.+10000"
  })
  void datesAreWrittenDayMonthYear(LocalDate date, String expected) {
    assertThat(Formats.date(date)).isEqualTo(expected);
    assertThat(Formats.date(date))
        .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date));
  }
}
