package no.imdi.grants.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The typed arguments of a {@link Reason} beyond dates ({@code 13.10.2023}), amounts ({@link Nok},
 * {@code 1 520 000 kr}), whole numbers, codes, kinds (an enum, named by the bundle's {@code
 * Class.CONSTANT} key) and other reasons: a range of calendar years, a percentage, a list joined by
 * a word of the bundle, a part written with a capital first letter, and a name that is data of its
 * own in each language. Each is rendered by {@link ReasonTexts} when the sentence is read.
 */
public final class ReasonArgs {

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final Integer[] YEARS = new Integer[400];

  static {
    for (int i = 0; i < YEARS.length; i++) {
      YEARS[i] = FIRST_CACHED_YEAR + i;
    }
  }

  private ReasonArgs() {}

  /**
   * A calendar year as a reason's argument, boxed once for the years 1900-2299: the schedules cite
   * years in most of their reasons, and {@link Integer#valueOf} caches only up to 127.
   */
  public static Integer year(int year) {
    int i = year - FIRST_CACHED_YEAR;
    return i >= 0 && i < YEARS.length ? YEARS[i] : Integer.valueOf(year);
  }

  /** Calendar years as {@code 2023–2027}, or {@code 2023} when the range is one year. */
  public record Years(int first, int last) {}

  /** A fraction written as a percentage without the sign: 0.141 as {@code 14,1} ({@code 14.1}). */
  public record Percent(BigDecimal fraction) {}

  /** The items rendered and joined by the bundle's text of {@code separatorKey}. */
  public record Joined(String separatorKey, List<?> items) {

    public Joined {
      items = List.copyOf(items);
    }
  }

  /** The value rendered with its first letter in upper case, to start a sentence. */
  public record Capitalized(Object value) {}

  /**
   * A value that is written as a phrase of the bundles ({@code referenceDate.settlement}: "the
   * settlement date 13.10.2023"), built only when the sentence is read.
   */
  public interface Phrased {

    Reason phrase();
  }

  /** A name that is data in both languages rather than a text of the bundles (a holiday). */
  public interface Localized {

    /** The name in English for English, else in bokmål. */
    String text(Locale locale);
  }

  public static Years years(int first, int last) {
    return new Years(first, last);
  }

  public static Percent percent(BigDecimal fraction) {
    return new Percent(fraction);
  }

  public static Joined joined(String separatorKey, List<?> items) {
    return new Joined(separatorKey, items);
  }

  public static Capitalized capitalized(Object value) {
    return new Capitalized(value);
  }
}
