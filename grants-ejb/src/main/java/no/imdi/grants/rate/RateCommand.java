package no.imdi.grants.rate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rate row as the administrator enters it: grant code (as written, e.g. {@code AR-1-EV}),
 * calendar year, amount in whole kroner, conditions, source, and whether it has been checked
 * against the state budget or circular, with the reason for the change (kept in the audit trail)
 * and whether the administrator confirmed a change of more than half the old amount ({@link
 * LargeChange}). Text is stripped, and blank conditions mean none; the values are checked by {@link
 * RateValidator}.
 */
public record RateCommand(
    String code,
    Integer year,
    BigDecimal amount,
    String conditions,
    String source,
    boolean verified,
    String reason,
    boolean largeChangeConfirmed) {

  public RateCommand {
    code = blankToNull(code);
    conditions = blankToNull(conditions);
    source = blankToNull(source);
    reason = blankToNull(reason);
  }

  /** A command with a reason and no confirmation of a large change. */
  public RateCommand(
      String code,
      Integer year,
      BigDecimal amount,
      String conditions,
      String source,
      boolean verified,
      String reason) {
    this(code, year, amount, conditions, source, verified, reason, false);
  }

  /** Whether this command holds the same values as the stored row (nothing to change). */
  public boolean sameValuesAs(RateEntry row) {
    return amount != null
        && amount.compareTo(row.getAmount().amount()) == 0
        && Objects.equals(conditions, row.getConditions())
        && Objects.equals(source, row.getSource())
        && verified == row.isVerified();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
