package no.imdi.grants.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

  private static final Year THIS_YEAR = Year.of(2026);

  @ParameterizedTest
  @CsvSource({
    "13.10.2023, 2023-10-13",
    "' 13.10.2023 ', 2023-10-13",
    "1.2.2023, 2023-02-01",
    "01.02.2023, 2023-02-01",
    "13.10.23, 2023-10-13",
    "13102023, 2023-10-13",
    "131023, 2023-10-13",
    "13-10-2023, 2023-10-13",
    "13/10/2023, 2023-10-13",
    "13 10 2023, 2023-10-13",
    "2023-10-13, 2023-10-13",
    "29.02.2024, 2024-02-29",
    "31.12.2199, 2199-12-31",
    "01.01.1900, 1900-01-01"
  })
  void readsTheFormsPeopleType(String typed, LocalDate expected) {
    DateInput input = DateInput.parse(typed, THIS_YEAR);
    assertThat(input.date()).isEqualTo(expected);
    assertThat(input.problem("birthDate")).isNull();
    assertThat(input.text()).isEqualTo(typed.strip());
    assertThat(input.display()).isEqualTo(DateInput.of(expected).text());
  }

  @ParameterizedTest
  @CsvSource({"27, 2027", "26, 2026", "00, 2000", "28, 1928", "99, 1999", "50, 1950"})
  void aTwoDigitYearIsOneOfTheHundredYearsEndingNextYear(int twoDigits, int expected) {
    assertThat(DateInput.fullYear(twoDigits, THIS_YEAR)).isEqualTo(expected);
    assertThat(DateInput.parse(String.format("01.01.%02d", twoDigits), THIS_YEAR).date())
        .isEqualTo(LocalDate.of(expected, 1, 1));
  }

  @ParameterizedTest
  @CsvSource({
    "30.02.2023, 2023-02, 28",
    "29.02.2023, 2023-02, 28",
    "31.04.2024, 2024-04, 30",
    "00.10.2023, 2023-10, 31",
    "30022023, 2023-02, 28"
  })
  void aDateThatDoesNotExistIsKeptAndSaysSo(String typed, YearMonth month, int days) {
    DateInput input = DateInput.parse(typed, THIS_YEAR);
    assertThat(input.date()).isNull();
    assertThat(input.isValid()).isFalse();
    assertThat(input.display()).isEqualTo(typed);
    assertThat(input.problem("birthDate"))
        .isEqualTo(new FieldProblem("birthDate", "date.notExist", List.of(typed, month, days)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"13.13.2023", "13.00.2023"})
  void aMonthOutsideOneToTwelveIsNamed(String typed) {
    assertThat(DateInput.parse(typed, THIS_YEAR).problem("d").messageKey())
        .isEqualTo("date.noSuchMonth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"13.10.1899", "01.01.2200", "1899-12-31"})
  void yearsOutsideTheSupportedOnesAreNamed(String typed) {
    assertThat(DateInput.parse(typed, THIS_YEAR).problem("d"))
        .isEqualTo(new FieldProblem("d", "date.yearRange", List.of(typed, "1900", "2199")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"14.0", "13.10.202", "1022023", "i går", "13..10.2023", "2023/10/13"})
  void otherTextSaysWhatIsExpected(String typed) {
    DateInput input = DateInput.parse(typed, THIS_YEAR);
    assertThat(input.problem("d")).isEqualTo(FieldProblem.of("d", "date.format", typed));
    assertThat(input.display()).isEqualTo(typed);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void nothingTypedIsNoInput(String typed) {
    assertThat(DateInput.parse(typed, THIS_YEAR)).isNull();
  }
}
