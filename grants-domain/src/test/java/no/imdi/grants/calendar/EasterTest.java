package no.imdi.grants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EasterTest {

  @ParameterizedTest(name = "Easter {0}")
  @DisplayName("Easter Sunday by the Gregorian computus matches known Easter dates")
  @CsvSource({
    "1900-04-15",
    "1913-03-23",
    "1943-04-25",
    "2000-04-23",
    "2008-03-23",
    "2011-04-24",
    "2012-04-08",
    "2019-04-21",
    "2024-03-31",
    "2025-04-20",
    "2026-04-05",
    "2027-03-28",
    "2038-04-25",
    "2100-03-28",
    "2160-03-23",
    "2199-04-14"
  })
  void knownEasterSundays(LocalDate easter) {
    assertThat(Easter.sunday(easter.getYear())).isEqualTo(easter);
  }

  @Test
  @DisplayName("Easter Sunday 1900-2199 equals an independently computed table, always a Sunday")
  void everySupportedYearMatchesTheReferenceTable() throws IOException {
    List<LocalDate> reference = readReferenceTable();
    assertThat(reference).hasSize(300);
    for (LocalDate expected : reference) {
      LocalDate easter = Easter.sunday(expected.getYear());
      assertThat(easter).isEqualTo(expected);
      assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .isBetween(LocalDate.of(easter.getYear(), 3, 22), easter.withMonth(4).withDayOfMonth(25));
    }
  }

  @ParameterizedTest(name = "year {0}")
  @DisplayName(
      "Easter outside 1900-2199 is refused (2285, which has the earliest Easter, 22 March)")
  @ValueSource(ints = {1818, 1899, 2200, 2285})
  void yearsOutsideTheRangeAreRefused(int year) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Easter.sunday(year))
        .withMessageContaining("1900-2199");
  }

  private static List<LocalDate> readReferenceTable() throws IOException {
    try (var in = EasterTest.class.getResourceAsStream("easter-sundays-1900-2199.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(LocalDate::parse)
          .collect(Collectors.toList());
    }
  }
}
