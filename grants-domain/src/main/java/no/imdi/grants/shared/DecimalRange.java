package no.imdi.grants.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numbers a rule accepts for one input: from {@code min} to {@code max}, both included, with at
 * most {@code decimals} decimals (trailing zeros do not count: {@code 37.50} has one; a number
 * written with more than 40 digits is refused). Both checks stay cheap for any {@link BigDecimal} a
 * client can send, also {@code 1e999999999} or a thousand-digit fraction, so they can run before
 * any arithmetic on the value.
 */
public record DecimalRange(BigDecimal min, BigDecimal max, int decimals) {

  /** More significant digits than this are refused before trailing zeros are counted. */
  private static final int MAX_DIGITS = 40;

  public DecimalRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(max) > 0 || decimals < 0) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
  }

  public static DecimalRange of(String min, String max, int decimals) {
    return new DecimalRange(new BigDecimal(min), new BigDecimal(max), decimals);
  }

  /** Whether the value lies from {@link #min} to {@link #max}. */
  public boolean contains(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** Whether the value has at most {@link #decimals} decimals besides trailing zeros. */
  public boolean hasAllowedDecimals(BigDecimal value) {
    if (value.scale() <= decimals) {
      return true;
    }
    return value.precision() <= MAX_DIGITS && value.stripTrailingZeros().scale() <= decimals;
  }

  /** Whether the value is within the range and has no more decimals than allowed. */
  public boolean accepts(BigDecimal value) {
    return value != null && contains(value) && hasAllowedDecimals(value);
  }

  /** The range as the API documents it: {@code 0..8784}. */
  @Override
  public String toString() {
    return min.toPlainString() + ".." + max.toPlainString();
  }
}
