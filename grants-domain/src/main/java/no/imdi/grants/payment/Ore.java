package no.imdi.grants.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.imdi.grants.shared.Nok;

/**
 * Amounts of the ledger in øre ({@code long}), never {@code double}: converted exactly from and to
 * {@link Nok}, split in four quarters that add up (three rounded down to the øre, the last the
 * rest, as R-IG-5), and split by days whole-krone-rounded with the last part taking the rest, so
 * that the parts always add up to the amount.
 */
public final class Ore {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Ore() {}

  public static long of(Nok amount) {
    return amount.amount().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  public static long of(BigDecimal kroner) {
    return kroner.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  public static Nok nok(long ore) {
    return Nok.of(BigDecimal.valueOf(ore, 2));
  }

  public static BigDecimal kroner(long ore) {
    return BigDecimal.valueOf(ore, 2);
  }

  /** Four parts: three a quarter rounded down to the øre, the last the rest. */
  public static long[] quarters(long ore) {
    long quarter = ore / 4;
    return new long[] {quarter, quarter, quarter, ore - 3 * quarter};
  }

  /**
   * The amount in parts by days: each part but the last is the amount times its days over all the
   * days, rounded half up to whole kroner (as R-IG-6's split); the last part is the rest.
   */
  public static long[] byDays(long ore, int[] days) {
    int total = 0;
    for (int d : days) {
      total += d;
    }
    long[] parts = new long[days.length];
    long rest = ore;
    for (int i = 0; i < days.length - 1; i++) {
      BigDecimal share =
          BigDecimal.valueOf(ore)
              .multiply(BigDecimal.valueOf(days[i]))
              .divide(BigDecimal.valueOf(total).multiply(HUNDRED), 0, RoundingMode.HALF_UP);
      parts[i] = share.longValueExact() * 100;
      rest -= parts[i];
    }
    parts[days.length - 1] = rest;
    return parts;
  }
}
