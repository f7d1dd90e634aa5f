package no.imdi.grants.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reason;

/**
 * A line's sentence as data (R-PAY-4: every line carries its rule ids and a sentence): the rule ids
 * joined by commas, the key of the reasons bundles, and the typed arguments as text, each {@code
 * type:value} and separated by {@code |}: {@code s:} a text (with {@code %} and {@code |} escaped),
 * {@code i:} a whole number, {@code d:} a date ({@code 2025-03-31}), {@code n:} an amount in kroner
 * ({@code 12857.00}). The recovery table's {@code reason_args} uses the same form. A value without
 * a known type is read as a text, so an unknown form still shows rather than fails.
 */
public record StoredReason(String rules, String key, String args) {

  private static final String SEPARATOR = "|";

  public static StoredReason of(Reason reason) {
    List<String> parts = new ArrayList<>();
    for (Object arg : reason.args()) {
      parts.add(encode(arg));
    }
    return new StoredReason(
        String.join(",", reason.rules()), reason.key(), String.join(SEPARATOR, parts));
  }

  /** The sentence again, to be read in the reader's language. */
  public Reason reason() {
    List<String> ruleList =
        rules == null || rules.isBlank() ? List.of() : Arrays.asList(rules.split(","));
    return Reason.of(ruleList, key, decode(args));
  }

  static Object[] decode(String args) {
    if (args == null || args.isEmpty()) {
      return new Object[0];
    }
    String[] parts = args.split("\\|", -1);
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = decodeOne(parts[i]);
    }
    return values;
  }

  private static Object decodeOne(String part) {
    if (part.length() < 2 || part.charAt(1) != ':') {
      return unescape(part);
    }
    String value = part.substring(2);
    try {
      return switch (part.charAt(0)) {
        case 'i' -> Integer.valueOf(value);
        case 'd' -> LocalDate.parse(value);
        case 'n' -> Nok.of(new BigDecimal(value));
        case 's' -> unescape(value);
        default -> unescape(part);
      };
    } catch (RuntimeException e) {
      return unescape(part);
    }
  }

  private static String encode(Object arg) {
    if (arg instanceof Integer || arg instanceof Long) {
      return "i:" + arg;
    }
    if (arg instanceof LocalDate d) {
      return "d:" + d;
    }
    if (arg instanceof Nok n) {
      return "n:" + n.amount().setScale(2).toPlainString();
    }
    if (arg instanceof Enum<?> e) {
      return "s:" + escape(e.name());
    }
    return "s:" + escape(String.valueOf(arg));
  }

  private static String escape(String text) {
    return text.replace("%", "%25").replace("|", "%7C");
  }

  private static String unescape(String text) {
    return text.replace("%7C", "|").replace("%25", "%");
  }
}
