package no.imdi.grants.disability.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * Hours and percentages as the explanations write them: digits grouped by three with a space, no
 * trailing zeros, a decimal comma in bokmål and a decimal point in English ("1 000", "37,5", "14,1
 * %" / "14.1 %"). Amounts use {@link no.imdi.grants.shared.Formats#amount}.
 */
final class Decimals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  static String number(BigDecimal value, boolean english) {
    String plain = value.stripTrailingZeros().toPlainString();
    String sign = plain.startsWith("-") ? "-" : "";
    String unsigned = sign.isEmpty() ? plain : plain.substring(1);
    int point = unsigned.indexOf('.');
    String whole = point < 0 ? unsigned : unsigned.substring(0, point);
    String fraction = point < 0 ? "" : (english ? "." : ",") + unsigned.substring(point + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(whole.charAt(i));
    }
    return sign + grouped + fraction;
  }

  /**
   * An amount as caseworkers write it: "250 000 kr", "1 194,93 kr" (øre only when there are any).
   */
  static String amount(Nok nok) {
    BigDecimal value = nok.amount();
    if (value.stripTrailingZeros().scale() <= 0) {
      return Formats.amount(nok);
    }
    String sign = value.signum() < 0 ? "-" : "";
    BigDecimal unsigned = value.abs().setScale(2, RoundingMode.HALF_UP);
    String kroner = number(unsigned.setScale(0, RoundingMode.DOWN), false);
    String ore = unsigned.toPlainString().substring(unsigned.toPlainString().indexOf('.') + 1);
    return sign + kroner + "," + ore + " kr";
  }

  /** A fraction as a percentage: 0.141 -> "14,1 %" (bokmål) or "14.1 %" (English). */
  static String percent(BigDecimal fraction, boolean english) {
    return number(fraction.multiply(HUNDRED), english) + " %";
  }
}
