package no.imdi.grants.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Norwegian public holidays (*helligdager og offentlige høytidsdager*) and working days
 * (*virkedager*) that the deadline rules roll forward over: 1 January, Maundy Thursday, Good
 * Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, 25 and 26
 * December, and every Sunday. Christmas Eve and New Year's Eve are not holidays; Saturdays are not
 * holidays but not working days either. Today's list is used for every supported year 1900-2199 (1
 * and 17 May have been statutory holidays only since 1947).
 */
public final class NorwegianHolidays {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2199;

  /** Each year's holidays by date, computed once: the rules ask for them very often. */
  private static final Map<Integer, Map<LocalDate, Holiday>> BY_YEAR = new ConcurrentHashMap<>();

  private NorwegianHolidays() {}

  /** The holidays of a year, sorted by date, one per date; plain Sundays are not listed. */
  public static List<Holiday> of(int year) {
    return List.copyOf(byDate(year).values());
  }

  private static Map<LocalDate, Holiday> byDate(int year) {
    requireSupported(year);
    return BY_YEAR.computeIfAbsent(year, NorwegianHolidays::compute);
  }

  private static Map<LocalDate, Holiday> compute(int year) {
    LocalDate easter = Easter.sunday(year);
    List<Holiday> all =
        List.of(
            fixed(year, 1, 1, "1. nyttårsdag", "New Year's Day"),
            new Holiday(easter.minusDays(3), "skjærtorsdag", "Maundy Thursday"),
            new Holiday(easter.minusDays(2), "langfredag", "Good Friday"),
            new Holiday(easter, "1. påskedag", "Easter Sunday"),
            new Holiday(easter.plusDays(1), "2. påskedag", "Easter Monday"),
            fixed(year, 5, 1, "1. mai", "1 May (Labour Day)"),
            fixed(year, 5, 17, "17. mai", "17 May (Constitution Day)"),
            new Holiday(easter.plusDays(39), "Kristi himmelfartsdag", "Ascension Day"),
            new Holiday(easter.plusDays(49), "1. pinsedag", "Whit Sunday"),
            new Holiday(easter.plusDays(50), "2. pinsedag", "Whit Monday"),
            fixed(year, 12, 25, "1. juledag", "Christmas Day"),
            fixed(year, 12, 26, "2. juledag", "Boxing Day"));
    Map<LocalDate, Holiday> byDate = new TreeMap<>();
    for (Holiday holiday : all) {
      byDate.merge(holiday.date(), holiday, Holiday::mergedWith);
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(byDate));
  }

  /** The holiday on a date, if any; a plain Sunday gives none (see {@link #isHoliday}). */
  public static Optional<Holiday> holidayOn(LocalDate date) {
    return Optional.ofNullable(byDate(date.getYear()).get(date));
  }

  /** True on every Sunday and on the holidays of {@link #of(int)}. */
  public static boolean isHoliday(LocalDate date) {
    requireSupported(date.getYear());
    return date.getDayOfWeek() == DayOfWeek.SUNDAY || holidayOn(date).isPresent();
  }

  /** True unless the date is a Saturday, a Sunday or a holiday. */
  public static boolean isWorkingDay(LocalDate date) {
    requireSupported(date.getYear());
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && !isHoliday(date);
  }

  /** The date itself when it is a working day, else the first working day after it. */
  public static LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  static void requireSupported(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Year " + year + " is outside the supported years " + FIRST_YEAR + "-" + LAST_YEAR);
    }
  }

  private static Holiday fixed(int year, int month, int day, String norwegian, String english) {
    return new Holiday(MonthDay.of(month, day).atYear(year), norwegian, english);
  }
}
