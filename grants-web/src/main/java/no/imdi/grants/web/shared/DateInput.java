package no.imdi.grants.web.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.Formats;

/**
 * A date as a user typed it into a form, kept as typed together with what it means: the date, or
 * why it is none. Accepted are the forms people type: {@code 13.10.2023}, {@code 1.2.2023}, {@code
 * 13.10.23}, {@code 13102023}, {@code 131023} (also with {@code -}, {@code /} or a space between
 * the parts) and ISO {@code 2023-10-13}. A two-digit year is one of the hundred years that end with
 * next year: in 2026, {@code 27} is 2027 and {@code 28} is 1928. A date that does not exist ({@code
 * 30.02.2023}) is kept with a message that says so, instead of being erased or moved.
 */
public final class DateInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})[.\\-/ ](\\d{1,2})[.\\-/ ](\\d{4}|\\d{2})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4}|\\d{2})");

  private final String text;
  private final LocalDate date;
  private final String problemKey;
  private final List<Serializable> arguments;

  private DateInput(String text, LocalDate date, String problemKey, List<Serializable> arguments) {
    this.text = text;
    this.date = date;
    this.problemKey = problemKey;
    this.arguments = arguments;
  }

  /** A date the form shows as it was stored. */
  public static DateInput of(LocalDate date) {
    return date == null ? null : new DateInput(Formats.date(date), date, null, List.of());
  }

  /**
   * Reads what was typed; {@code null} for nothing typed. {@code thisYear} places two-digit years.
   */
  public static DateInput parse(String typed, Year thisYear) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      return null;
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return of(text, number(iso, 3), number(iso, 2), iso.group(1), thisYear);
    }
    Matcher parts = DAY_FIRST.matcher(text);
    if (!parts.matches()) {
      parts = DIGITS.matcher(text);
    }
    if (parts.matches()) {
      return of(text, number(parts, 1), number(parts, 2), parts.group(3), thisYear);
    }
    return problem(text, "date.format", text);
  }

  /**
   * The full year of a two-digit one: the year up to and including next year that ends in these two
   * digits.
   */
  public static int fullYear(int twoDigits, Year thisYear) {
    int last = thisYear.getValue() + 1;
    return last - Math.floorMod(last - twoDigits, 100);
  }

  private static DateInput of(String text, int day, int month, String yearText, Year thisYear) {
    int year = Integer.parseInt(yearText);
    if (yearText.length() == 2) {
      year = fullYear(year, thisYear);
    }
    if (year < NorwegianHolidays.FIRST_YEAR || year > NorwegianHolidays.LAST_YEAR) {
      return problem(
          text,
          "date.yearRange",
          text,
          String.valueOf(NorwegianHolidays.FIRST_YEAR),
          String.valueOf(NorwegianHolidays.LAST_YEAR));
    }
    if (month < 1 || month > 12) {
      return problem(text, "date.noSuchMonth", text);
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      return problem(text, "date.notExist", text, yearMonth, yearMonth.lengthOfMonth());
    }
    return new DateInput(text, yearMonth.atDay(day), null, List.of());
  }

  private static DateInput problem(String text, String key, Serializable... arguments) {
    return new DateInput(text, null, key, List.of(arguments));
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  /** What was typed (or the stored date, written {@code 13.10.2023}). */
  public String text() {
    return text;
  }

  /** The date, or {@code null} when the text is no date. */
  public LocalDate date() {
    return date;
  }

  public boolean isValid() {
    return date != null;
  }

  /** Why the text is no date, as a problem of the given field; {@code null} for a valid date. */
  public FieldProblem problem(String field) {
    return date != null ? null : FieldProblem.of(field, problemKey, arguments.toArray());
  }

  /** The date written {@code 13.10.2023} when there is one, otherwise the text as typed. */
  public String display() {
    return date != null ? Formats.date(date) : text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateInput d && text.equals(d.text) && Objects.equals(date, d.date);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return display();
  }
}
