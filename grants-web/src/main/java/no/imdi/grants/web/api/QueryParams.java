package no.imdi.grants.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.imdi.grants.calendar.NorwegianHolidays;

/**
 * Reads request parameters strictly: dates as ISO {@code YYYY-MM-DD} that exist (not 2023-02-30)
 * within the years the holiday calendar supports ({@link #DATES}), whole numbers within their
 * range, {@code true}/{@code false}, and enum names exactly as documented. An empty value counts as
 * missing. Anything else is a {@link BadParameterException} naming the parameter, which repeats at
 * most {@link #SHOWN_LENGTH} characters of the value sent.
 */
public final class QueryParams {

  /** The dates every rule can compute with: the years of {@link NorwegianHolidays}. */
  public static final String DATES =
      NorwegianHolidays.FIRST_YEAR + "-01-01 to " + NorwegianHolidays.LAST_YEAR + "-12-31";

  static final LocalDate FIRST_DATE = LocalDate.of(NorwegianHolidays.FIRST_YEAR, 1, 1);
  static final LocalDate LAST_DATE = LocalDate.of(NorwegianHolidays.LAST_YEAR, 12, 31);
  static final int SHOWN_LENGTH = 40;

  private QueryParams() {}

  public static LocalDate date(String name, String value, boolean required) {
    if (isBlank(value)) {
      return missing(name, required);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name, "api.date", shown(value));
    }
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw new BadParameterException(
          name,
          "rules.date.range",
          String.valueOf(NorwegianHolidays.FIRST_YEAR),
          String.valueOf(NorwegianHolidays.LAST_YEAR));
    }
    return date;
  }

  public static Integer integer(String name, String value, boolean required) {
    if (isBlank(value)) {
      return missing(name, required);
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, "api.integer", shown(value));
    }
  }

  /** A required whole number from {@code min} to {@code max}. */
  public static int integer(String name, String value, int min, int max) {
    int number = integer(name, value, true);
    if (number < min || number > max) {
      throw new BadParameterException(name, "api.range", String.valueOf(min), String.valueOf(max));
    }
    return number;
  }

  /** {@code true} or {@code false} (any case); absent is {@code null}. */
  public static Boolean optionalFlag(String name, String value) {
    if (isBlank(value)) {
      return null;
    }
    String text = value.strip();
    if ("true".equalsIgnoreCase(text)) {
      return true;
    }
    if ("false".equalsIgnoreCase(text)) {
      return false;
    }
    throw new BadParameterException(name, "api.boolean", shown(value));
  }

  /** {@code true} or {@code false} (any case); absent is false. */
  public static boolean flag(String name, String value) {
    return Boolean.TRUE.equals(optionalFlag(name, value));
  }

  /** One of the enum's names exactly; absent is {@code fallback}, or missing when it is null. */
  public static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
    if (isBlank(value)) {
      return fallback != null ? fallback : missing(name, true);
    }
    String text = value.strip();
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(text))
        .findFirst()
        .orElseThrow(
            () -> new BadParameterException(name, "api.enum", shown(value), allowed(type)));
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The value as a problem repeats it: at most {@link #SHOWN_LENGTH} characters (whole code
   * points), then an ellipsis; control characters as {@code U+FFFD}.
   */
  static String shown(String value) {
    String text = value;
    if (text.codePointCount(0, text.length()) > SHOWN_LENGTH) {
      text = text.substring(0, text.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
    }
    return text.codePoints()
        .map(c -> Character.isISOControl(c) ? 0xFFFD : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static <T> T missing(String name, boolean required) {
    if (required) {
      throw new BadParameterException(name, "required");
    }
    return null;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
