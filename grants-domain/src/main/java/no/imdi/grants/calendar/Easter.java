package no.imdi.grants.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday (*1. påskedag*) by the Gregorian computus, the anonymous algorithm published in
 * Nature in 1876 (known as Meeus/Jones/Butcher). The movable Norwegian holidays are counted from
 * it: Maundy Thursday -3, Good Friday -2, Easter Monday +1, Ascension Day +39, Whit Sunday +49 and
 * Whit Monday +50 days.
 */
public final class Easter {

  private Easter() {}

  /**
   * Easter Sunday of a year in {@link NorwegianHolidays#FIRST_YEAR}..{@link
   * NorwegianHolidays#LAST_YEAR}.
   */
  public static LocalDate sunday(int year) {
    NorwegianHolidays.requireSupported(year);
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
