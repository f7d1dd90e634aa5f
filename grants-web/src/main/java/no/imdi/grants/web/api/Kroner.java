package no.imdi.grants.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.imdi.grants.shared.Nok;

/**
 * Amounts as the API writes them: whole kroner as JSON numbers ({@code 1520000}), {@code null} when
 * no amount is known. Only an instalment of a quarter of a rate may keep øre ({@code 25000.25}), so
 * that the four quarters add up to the rate.
 */
final class Kroner {

  private Kroner() {}

  static Long whole(Nok amount) {
    return amount == null ? null : amount.wholeKroner();
  }

  static BigDecimal exact(Nok amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal value = amount.amount();
    return value.stripTrailingZeros().scale() <= 0
        ? value.setScale(0, RoundingMode.UNNECESSARY)
        : value.setScale(2, RoundingMode.HALF_UP);
  }
}
