package no.imdi.grants.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads request parameters strictly: dates as ISO {@code YYYY-MM-DD} that exist (not 2023-02-30),
 * whole numbers, {@code true}/{@code false}, and enum names exactly as documented. An empty value
 * counts as missing. Anything else is a {@link BadParameterException} naming the parameter.
 */
public final class QueryParams {

  private QueryParams() {}

  public static LocalDate date(String name, String value, boolean required) {
    if (isBlank(value)) {
      return missing(name, required);
    }
    try {
      return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name, "api.date", value);
    }
  }

  public static Integer integer(String name, String value, boolean required) {
    if (isBlank(value)) {
      return missing(name, required);
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, "api.integer", value);
    }
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
    throw new BadParameterException(name, "api.boolean", value);
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
        .orElseThrow(() -> new BadParameterException(name, "api.enum", value, allowed(type)));
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
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
