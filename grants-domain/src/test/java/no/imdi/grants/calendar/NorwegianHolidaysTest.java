package no.imdi.grants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NorwegianHolidaysTest {

  @Test
  @DisplayName(
      "Holidays of 2024: twelve dates, sorted, no plain Sundays, no Christmas or New Year's Eve")
  void holidaysOf2024() {
    assertThat(NorwegianHolidays.of(2024))
        .extracting(Holiday::date, Holiday::norwegianName, Holiday::englishName)
        .containsExactly(
            tuple("2024-01-01", "1. nyttårsdag", "New Year's Day"),
            tuple("2024-03-28", "skjærtorsdag", "Maundy Thursday"),
            tuple("2024-03-29", "langfredag", "Good Friday"),
            tuple("2024-03-31", "1. påskedag", "Easter Sunday"),
            tuple("2024-04-01", "2. påskedag", "Easter Monday"),
            tuple("2024-05-01", "1. mai", "1 May (Labour Day)"),
            tuple("2024-05-09", "Kristi himmelfartsdag", "Ascension Day"),
            tuple("2024-05-17", "17. mai", "17 May (Constitution Day)"),
            tuple("2024-05-19", "1. pinsedag", "Whit Sunday"),
            tuple("2024-05-20", "2. pinsedag", "Whit Monday"),
            tuple("2024-12-25", "1. juledag", "Christmas Day"),
            tuple("2024-12-26", "2. juledag", "Boxing Day"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @DisplayName(
      "Two holidays on one date give one entry naming both (Ascension or Whitsun on 1 or 17 May)")
  @CsvSource(
      delimiter = '|',
      value = {
        "1913-05-01 | 1. mai og Kristi himmelfartsdag | 1 May (Labour Day) and Ascension Day",
        "2008-05-01 | 1. mai og Kristi himmelfartsdag | 1 May (Labour Day) and Ascension Day",
        "2160-05-01 | 1. mai og Kristi himmelfartsdag | 1 May (Labour Day) and Ascension Day",
        "1917-05-17 | 17. mai og Kristi himmelfartsdag | 17 May (Constitution Day) and Ascension Day",
        "2007-05-17 | 17. mai og Kristi himmelfartsdag | 17 May (Constitution Day) and Ascension Day",
        "2012-05-17 | 17. mai og Kristi himmelfartsdag | 17 May (Constitution Day) and Ascension Day",
        "2091-05-17 | 17. mai og Kristi himmelfartsdag | 17 May (Constitution Day) and Ascension Day",
        "1970-05-17 | 17. mai og 1. pinsedag | 17 May (Constitution Day) and Whit Sunday",
        "2043-05-17 | 17. mai og 1. pinsedag | 17 May (Constitution Day) and Whit Sunday",
        "1937-05-17 | 17. mai og 2. pinsedag | 17 May (Constitution Day) and Whit Monday",
        "2027-05-17 | 17. mai og 2. pinsedag | 17 May (Constitution Day) and Whit Monday",
        "2100-05-17 | 17. mai og 2. pinsedag | 17 May (Constitution Day) and Whit Monday"
      })
  void holidaysFallingTogetherAreMerged(LocalDate date, String norwegian, String english) {
    List<Holiday> holidays = NorwegianHolidays.of(date.getYear());
    assertThat(holidays).hasSize(11);
    assertThat(holidays.stream().filter(h -> h.date().equals(date)))
        .containsExactly(new Holiday(date, norwegian, english));
    assertThat(NorwegianHolidays.holidayOn(date)).contains(new Holiday(date, norwegian, english));
  }

  @Test
  @DisplayName("Every year 1900-2199 has 11 or 12 holidays on distinct, ascending dates")
  void everyYearHasDistinctSortedDates() {
    for (int year = NorwegianHolidays.FIRST_YEAR; year <= NorwegianHolidays.LAST_YEAR; year++) {
      int expectedYear = year;
      List<LocalDate> dates = NorwegianHolidays.of(year).stream().map(Holiday::date).toList();
      assertThat(dates).isSorted().doesNotHaveDuplicates().hasSizeBetween(11, 12);
      assertThat(dates).allMatch(d -> d.getYear() == expectedYear);
    }
  }

  @ParameterizedTest(name = "{0} holiday={1}")
  @DisplayName(
      "isHoliday: holidays and every Sunday, not Saturdays, Holy Saturday, 24 or 31 December")
  @CsvSource({
    "2024-01-01, true",
    "2024-03-28, true",
    "2024-03-30, false",
    "2024-03-31, true",
    "2024-05-09, true",
    "2024-09-07, false",
    "2024-09-08, true",
    "2024-12-24, false",
    "2024-12-25, true",
    "2024-12-31, false",
    "2027-05-17, true",
    "1900-01-01, true",
    "2199-12-26, true"
  })
  void isHoliday(LocalDate date, boolean holiday) {
    assertThat(NorwegianHolidays.isHoliday(date)).isEqualTo(holiday);
  }

  @ParameterizedTest(name = "{0} working day={1}")
  @DisplayName("isWorkingDay: not Saturday, Sunday or holiday; Christmas and New Year's Eve are")
  @CsvSource({
    "2024-09-03, true",
    "2024-09-07, false",
    "2024-09-08, false",
    "2024-03-27, true",
    "2024-03-28, false",
    "2024-03-30, false",
    "2024-04-02, true",
    "2024-12-24, true",
    "2024-12-26, false",
    "2024-12-27, true",
    "2024-12-31, true",
    "2025-01-01, false",
    "2012-05-17, false",
    "2012-05-18, true"
  })
  void isWorkingDay(LocalDate date, boolean workingDay) {
    assertThat(NorwegianHolidays.isWorkingDay(date)).isEqualTo(workingDay);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @DisplayName("nextWorkingDayOnOrAfter rolls over weekends, Easter, Whitsun, 17 May and Christmas")
  @CsvSource({
    "2024-09-03, 2024-09-03",
    "2024-09-07, 2024-09-09",
    "2026-04-02, 2026-04-07",
    "2026-04-04, 2026-04-07",
    "2024-12-25, 2024-12-27",
    "2025-12-25, 2025-12-29",
    "2021-12-25, 2021-12-27",
    "2023-12-30, 2024-01-02",
    "2022-01-01, 2022-01-03",
    "2027-05-15, 2027-05-18",
    "2012-05-17, 2012-05-18",
    "2024-05-19, 2024-05-21",
    "2024-12-24, 2024-12-24"
  })
  void nextWorkingDayOnOrAfter(LocalDate date, LocalDate expected) {
    assertThat(NorwegianHolidays.nextWorkingDayOnOrAfter(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "year {0}")
  @DisplayName("Years outside 1900-2199 are refused")
  @ValueSource(ints = {1899, 2200, 2285})
  void yearsOutsideTheRangeAreRefused(int year) {
    assertThatIllegalArgumentException().isThrownBy(() -> NorwegianHolidays.of(year));
    LocalDate day = LocalDate.of(year, 6, 1);
    assertThatIllegalArgumentException().isThrownBy(() -> NorwegianHolidays.isHoliday(day));
    assertThatIllegalArgumentException().isThrownBy(() -> NorwegianHolidays.isWorkingDay(day));
  }

  private static org.assertj.core.groups.Tuple tuple(String date, String nb, String en) {
    return org.assertj.core.groups.Tuple.tuple(LocalDate.parse(date), nb, en);
  }
}
