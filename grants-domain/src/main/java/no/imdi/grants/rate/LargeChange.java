package no.imdi.grants.rate;

import java.math.BigDecimal;

/**
 * Whether a new amount changes a rate by more than half of the old amount, up or down: such a
 * change (a typing slip such as {@code kr 100} for 194 400 kr) is stored only when the
 * administrator confirms it. A rate of zero kroner has no half, so any change of it is large.
 */
public final class LargeChange {

  private LargeChange() {}

  public static boolean isLarge(BigDecimal before, BigDecimal after) {
    if (before == null || after == null) {
      return false;
    }
    BigDecimal difference = after.subtract(before).abs();
    if (before.signum() == 0) {
      return difference.signum() != 0;
    }
    return difference.multiply(BigDecimal.valueOf(2)).compareTo(before.abs()) > 0;
  }
}
