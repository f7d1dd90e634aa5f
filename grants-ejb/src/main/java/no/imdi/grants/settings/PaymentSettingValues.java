package no.imdi.grants.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The payment run's settings on the settings page (R-PAY-3, R-PAY-4; docs "Money", Settings): the
 * chunk size (settlements per transaction, 1 to 100 000), the lease after which a stopped run is
 * taken over (5 to 3 600 seconds, the engine's own minimum is 5), the day of April, July and
 * October asked of the bank (1 to 30: every one of those months has it) and of December (1 to 31),
 * and the pain.002 statuses that count as paid: ISO 20022 transaction statuses separated by commas,
 * never {@code RJCT}; and how many days the change log keeps a change (30 to 3 650, V190). The
 * payer's own settings ({@code payment.debtor.*}) stay on the payees page.
 */
public final class PaymentSettingValues {

  public static final String CHUNK_SIZE = "payment.chunkSize";
  public static final String LEASE_SECONDS = "payment.leaseSeconds";
  public static final String PAYOUT_DAY = "payment.payoutDay";
  public static final String PAYOUT_DAY_DECEMBER = "payment.payoutDayDecember";
  public static final String BANK_ACCEPTED_STATUSES = "payment.bankAcceptedStatuses";
  public static final String CHANGE_LOG_RETENTION_DAYS = "payment.changeLog.retentionDays";

  /** The ExternalPaymentTransactionStatus1Code values that can mean accepted (RJCT is not one). */
  static final List<String> ACCEPTING =
      List.of(
          "ACCC", "ACCP", "ACFC", "ACSC", "ACSP", "ACTC", "ACWC", "ACWP", "PART", "PATC", "PDNG",
          "RCVD");

  private PaymentSettingValues() {}

  /** The smallest and largest whole number the setting takes. */
  public static int[] range(String key) {
    return switch (key) {
      case CHUNK_SIZE -> new int[] {1, 100_000};
      case LEASE_SECONDS -> new int[] {5, 3_600};
      case PAYOUT_DAY -> new int[] {1, 30};
      case PAYOUT_DAY_DECEMBER -> new int[] {1, 31};
      case CHANGE_LOG_RETENTION_DAYS -> new int[] {30, 3_650};
      default -> throw new IllegalArgumentException("Not a number setting: " + key);
    };
  }

  static String number(String key, String typed) {
    return number(typed, range(key));
  }

  /** A whole number within the range, written without leading zeros. */
  static String number(String typed, int[] range) {
    if (!typed.matches("\\d{1,6}")
        || Integer.parseInt(typed) < range[0]
        || Integer.parseInt(typed) > range[1]) {
      throw SettingValidator.problem("paygap.setting.range", range[0], range[1]);
    }
    return Integer.toString(Integer.parseInt(typed));
  }

  static String statuses(String typed) {
    if (typed.length() > 200) {
      throw SettingValidator.problem("paygap.setting.status", typed.substring(0, 20) + "…");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String part : typed.split(",", -1)) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (!ACCEPTING.contains(code)) {
        throw SettingValidator.problem("paygap.setting.status", part.strip());
      }
      codes.add(code);
    }
    return String.join(",", codes);
  }
}
