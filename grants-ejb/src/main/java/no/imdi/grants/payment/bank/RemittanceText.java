package no.imdi.grants.payment.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The unstructured remittance information of a municipality's transfer: the group amounts as the
 * municipality's accountant reads them on the bank statement (R-PAY-3), in one field of at most 140
 * characters (the guideline allows one {@code Ustrd}). With their texts when they fit ({@code IG1
 * Integreringstilskudd år 1 1520000.00; EM Enslige mindreårige 279500.00}), otherwise by code only
 * ({@code IG1 1520000.00; EM 279500.00}); groups that do not fit even so are refused.
 */
final class RemittanceText {

  static final int MAX = 140;

  private RemittanceText() {}

  /** The text, or {@code null} for no groups. */
  static String of(String endToEndId, List<RemittanceGroup> groups) {
    if (groups.isEmpty()) {
      return null;
    }
    String full = join(groups, g -> blankToEmpty(g.code()) + textOf(g) + " " + amount(g));
    if (full.length() <= MAX) {
      return full;
    }
    String short_ = join(groups, g -> g.code().strip() + " " + amount(g));
    if (short_.length() <= MAX) {
      return short_;
    }
    throw new PaymentFileException(
        "Payment order refused: transfer "
            + endToEndId
            + ": the remittance groups need "
            + short_.length()
            + " characters, the bank allows "
            + MAX);
  }

  /** Øre as kroner with two decimals: 123456 -> {@code 1234.56}. */
  static BigDecimal kroner(long ore) {
    return BigDecimal.valueOf(ore, 2);
  }

  private static String join(List<RemittanceGroup> groups, Function<RemittanceGroup, String> part) {
    StringBuilder out = new StringBuilder();
    for (RemittanceGroup group : groups) {
      if (!out.isEmpty()) {
        out.append("; ");
      }
      out.append(part.apply(group));
    }
    return out.toString();
  }

  private static String textOf(RemittanceGroup group) {
    return group.text() == null || group.text().isBlank() ? "" : " " + group.text().strip();
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text.strip();
  }

  private static String amount(RemittanceGroup group) {
    return kroner(group.amountOre()).toPlainString();
  }
}
