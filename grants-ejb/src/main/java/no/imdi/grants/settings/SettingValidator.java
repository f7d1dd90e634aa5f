package no.imdi.grants.settings;

import java.util.List;
import java.util.Locale;
import no.imdi.grants.integrationgrant.MoveSplitRule;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * Checks the value of a [verify] setting and writes it the way {@link SettingsBook} reads it: the
 * number of grant years of a family member of a person with residence on humanitarian grounds is a
 * whole number from 1 to 5 (R-IG-2), the move split one of the known split rules (R-IG-6), and the
 * complaint deadline roll-forward (R-AP-3) and the refusal of an application without consent
 * (R-DOC-1, R-DOC-9) and the payment of a T1 or T2 grant whole at the next instalment (R-PAY-2)
 * {@code true} or {@code false}; the payment run's settings as {@link PaymentSettingValues} says,
 * the calendar feed's as {@link CalendarSettingValues} says.
 */
public final class SettingValidator {

  public static final List<String> KEYS =
      List.of(
          SettingsBook.FAMILY_OF_HUMANITARIAN_YEARS,
          SettingsBook.MOVE_SPLIT,
          SettingsBook.COMPLAINT_ROLL_FORWARD,
          SettingsBook.COMPLAINT_NOTICE_FROM_FIRST_OPENING,
          SettingsBook.MISSING_CONSENT_REFUSES,
          SettingsBook.PAYOUT_WHOLE_AT_NEXT_INSTALMENT,
          "payment.emSettlementYearCatchUp",
          SettingsBook.ACCOUNTS_REPORT_REMINDER_DAYS,
          "dashboard.interimReplyWarningDays",
          PaymentSettingValues.CHUNK_SIZE,
          PaymentSettingValues.LEASE_SECONDS,
          PaymentSettingValues.PAYOUT_DAY,
          PaymentSettingValues.PAYOUT_DAY_DECEMBER,
          PaymentSettingValues.BANK_ACCEPTED_STATUSES,
          PaymentSettingValues.CHANGE_LOG_RETENTION_DAYS,
          CalendarSettingValues.PAST_DAYS,
          CalendarSettingValues.REQUESTS_PER_TOKEN,
          CalendarSettingValues.REQUESTS_PER_ADDRESS);

  static final int MIN_YEARS = 1;
  static final int MAX_YEARS = 5;

  private SettingValidator() {}

  /** The value as stored; throws {@link InvalidInputException} on the field {@code value}. */
  public static String normalized(String key, String value) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("Unknown setting " + key);
    }
    String typed = value == null ? "" : value.strip();
    if (typed.isEmpty()) {
      throw problem("required");
    }
    return switch (key) {
      case SettingsBook.FAMILY_OF_HUMANITARIAN_YEARS -> years(typed);
      case SettingsBook.MOVE_SPLIT -> moveSplit(typed);
      case SettingsBook.ACCOUNTS_REPORT_REMINDER_DAYS, "dashboard.interimReplyWarningDays" ->
          reminderDays(typed);
      case PaymentSettingValues.CHUNK_SIZE,
          PaymentSettingValues.LEASE_SECONDS,
          PaymentSettingValues.PAYOUT_DAY,
          PaymentSettingValues.PAYOUT_DAY_DECEMBER,
          PaymentSettingValues.CHANGE_LOG_RETENTION_DAYS ->
          PaymentSettingValues.number(key, typed);
      case CalendarSettingValues.PAST_DAYS,
          CalendarSettingValues.REQUESTS_PER_TOKEN,
          CalendarSettingValues.REQUESTS_PER_ADDRESS ->
          CalendarSettingValues.number(key, typed);
      case PaymentSettingValues.BANK_ACCEPTED_STATUSES -> PaymentSettingValues.statuses(typed);
      default -> yesNo(typed);
    };
  }

  /** A change needs a reason of at most 1000 characters; throws on the field {@code reason}. */
  public static void reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(FieldProblem.of("reason", "rate.reason.required")));
    }
    if (reason.length() > 1000) {
      throw new InvalidInputException(List.of(FieldProblem.of("reason", "tooLong", 1000)));
    }
  }

  private static String years(String typed) {
    if (!typed.matches("\\d{1,2}")) {
      throw problem("setting.years.range", MIN_YEARS, MAX_YEARS);
    }
    int years = Integer.parseInt(typed);
    if (years < MIN_YEARS || years > MAX_YEARS) {
      throw problem("setting.years.range", MIN_YEARS, MAX_YEARS);
    }
    return Integer.toString(years);
  }

  /** R-REP-1: 1 to 60 days before the accounts report's due date. */
  private static String reminderDays(String typed) {
    if (!typed.matches("\\d{1,2}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > 60) {
      throw problem("setting.days.range", 1, 60);
    }
    return Integer.toString(Integer.parseInt(typed));
  }

  private static String moveSplit(String typed) {
    for (MoveSplitRule rule : MoveSplitRule.values()) {
      if (rule.name().equals(typed)) {
        return rule.name();
      }
    }
    throw problem("setting.moveSplit.unknown");
  }

  private static String yesNo(String typed) {
    String lower = typed.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return lower;
    }
    throw problem("setting.boolean");
  }

  static InvalidInputException problem(String key, Object... arguments) {
    return new InvalidInputException(List.of(FieldProblem.of("value", key, arguments)));
  }
}
