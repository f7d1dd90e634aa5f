package no.imdi.grants.rate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rate row as the administrator enters it: grant code (as written, e.g. {@code AR-1-EV}),
 * calendar year, amount in whole kroner, conditions, source, and whether it has been checked
 * against the state budget or circular. Text is stripped, and blank conditions mean none; the
 * values are checked by {@link RateValidator}.
 */
public record RateCommand(
    String code,
    Integer year,
    BigDecimal amount,
    String conditions,
    String source,
    boolean verified) {

  public RateCommand {
    code = blankToNull(code);
    conditions = blankToNull(conditions);
    source = blankToNull(source);
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
