package no.imdi.grants.settings;

import static no.imdi.grants.settings.SettingsBook.COMPLAINT_ROLL_FORWARD;
import static no.imdi.grants.settings.SettingsBook.FAMILY_OF_HUMANITARIAN_YEARS;
import static no.imdi.grants.settings.SettingsBook.MOVE_SPLIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingValidatorTest {

  @ParameterizedTest
  @CsvSource({"1,1", "3,3", "5,5", "' 4 ',4", "03,3"})
  @DisplayName("R-IG-2: the family-of-humanitarian period is a whole number of years from 1 to 5")
  void R_IG_2_yearsFrom1To5(String typed, String stored) {
    assertThat(SettingValidator.normalized(FAMILY_OF_HUMANITARIAN_YEARS, typed)).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "6", "10", "-1", "3.0", "3,5", "tre", "100"})
  void R_IG_2_otherYearsAreRefused(String typed) {
    assertProblem(
        FAMILY_OF_HUMANITARIAN_YEARS, typed, FieldProblem.of("value", "setting.years.range", 1, 5));
  }

  @ParameterizedTest
  @CsvSource({"1,1", "14,14", "60,60", "' 07 ',7"})
  @DisplayName("R-REP-1: the reminder days of an accounts report are a whole number from 1 to 60")
  void R_REP_1_reminderDays(String typed, String stored) {
    assertThat(SettingValidator.normalized(SettingsBook.ACCOUNTS_REPORT_REMINDER_DAYS, typed))
        .isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "61", "-1", "1.5", "fjorten", "100"})
  void R_REP_1_otherReminderDaysAreRefused(String typed) {
    assertProblem(
        SettingsBook.ACCOUNTS_REPORT_REMINDER_DAYS,
        typed,
        FieldProblem.of("value", "setting.days.range", 1, 60));
  }

  @Test
  @DisplayName("R-IG-6: the move split is one of the known split rules")
  void R_IG_6_moveSplitIsAKnownRule() {
    assertThat(SettingValidator.normalized(MOVE_SPLIT, " PRO_RATA_BY_DAYS "))
        .isEqualTo("PRO_RATA_BY_DAYS");
    assertProblem(
        MOVE_SPLIT, "pro_rata_by_days", FieldProblem.of("value", "setting.moveSplit.unknown"));
    assertProblem(MOVE_SPLIT, "HALF", FieldProblem.of("value", "setting.moveSplit.unknown"));
  }

  @ParameterizedTest
  @CsvSource({"true,true", "false,false", "TRUE,true", "' False ',false"})
  @DisplayName("R-AP-3: the roll-forward is true or false")
  void R_AP_3_rollForwardIsTrueOrFalse(String typed, String stored) {
    assertThat(SettingValidator.normalized(COMPLAINT_ROLL_FORWARD, typed)).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "ja", "1", "on", "truee"})
  void R_AP_3_otherWordsAreRefused(String typed) {
    assertProblem(COMPLAINT_ROLL_FORWARD, typed, FieldProblem.of("value", "setting.boolean"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aValueIsRequired(String typed) {
    assertProblem(MOVE_SPLIT, typed, FieldProblem.of("value", "required"));
    assertProblem(FAMILY_OF_HUMANITARIAN_YEARS, null, FieldProblem.of("value", "required"));
  }

  @ParameterizedTest
  @CsvSource({
    "payment.chunkSize,1,1",
    "payment.chunkSize,' 10000 ',10000",
    "payment.chunkSize,100000,100000",
    "payment.leaseSeconds,5,5",
    "payment.leaseSeconds,3600,3600",
    "payment.payoutDay,05,5",
    "payment.payoutDay,30,30",
    "payment.payoutDayDecember,31,31",
    "payment.changeLog.retentionDays,30,30",
    "payment.changeLog.retentionDays,' 0400',400",
    "payment.changeLog.retentionDays,3650,3650",
    "calendar.pastDays,0,0",
    "calendar.pastDays,090,90",
    "calendar.pastDays,3650,3650",
    "calendar.requestsPerToken,1,1",
    "calendar.requestsPerToken,10000,10000",
    "calendar.requestsPerAddress,100000,100000"
  })
  @DisplayName(
      "R-PAY-3 R-PAY-4: the payment run's and the calendar feed's numbers are whole numbers in"
          + " their ranges")
  void R_PAY_3_paymentNumbers(String key, String typed, String stored) {
    assertThat(SettingValidator.normalized(key, typed)).isEqualTo(stored);
  }

  @ParameterizedTest
  @CsvSource({
    "payment.chunkSize,0,1,100000",
    "payment.chunkSize,100001,1,100000",
    "payment.chunkSize,2 000,1,100000",
    "payment.leaseSeconds,4,5,3600",
    "payment.leaseSeconds,-60,5,3600",
    "payment.payoutDay,31,1,30",
    "payment.payoutDay,0,1,30",
    "payment.payoutDayDecember,32,1,31",
    "payment.payoutDayDecember,15.,1,31",
    "payment.changeLog.retentionDays,29,30,3650",
    "payment.changeLog.retentionDays,3651,30,3650",
    "calendar.pastDays,-1,0,3650",
    "calendar.pastDays,3651,0,3650",
    "calendar.requestsPerToken,0,1,10000",
    "calendar.requestsPerToken,10001,1,10000",
    "calendar.requestsPerAddress,100001,1,100000",
    "calendar.requestsPerAddress,1e3,1,100000"
  })
  void R_PAY_3_otherPaymentNumbersAreRefused(String key, String typed, int min, int max) {
    assertProblem(key, typed, FieldProblem.of("value", "paygap.setting.range", min, max));
  }

  @Test
  @DisplayName("R-PAY-3: the statuses that mean paid are ISO 20022 statuses, never RJCT")
  void R_PAY_3_acceptedStatuses() {
    String key = PaymentSettingValues.BANK_ACCEPTED_STATUSES;
    assertThat(SettingValidator.normalized(key, " accp, ACSP ,ACSC,ACCP"))
        .isEqualTo("ACCP,ACSP,ACSC");
    assertThat(SettingValidator.normalized(key, "ACSC")).isEqualTo("ACSC");
    assertProblem(key, "ACCP,RJCT", FieldProblem.of("value", "paygap.setting.status", "RJCT"));
    assertProblem(key, "ACCP,,ACSC", FieldProblem.of("value", "paygap.setting.status", ""));
    assertProblem(key, "ACCP;ACSC", FieldProblem.of("value", "paygap.setting.status", "ACCP;ACSC"));
  }

  @Test
  @DisplayName("the payer's own settings stay on the payees page")
  void theDebtorSettingsAreNotOnTheSettingsPage() {
    assertThat(SettingValidator.KEYS).noneMatch(k -> k.startsWith("payment.debtor."));
    assertThatThrownBy(() -> SettingValidator.normalized("payment.debtor.name", "IMDi"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownSettingsAreNotChanged() {
    assertThatThrownBy(() -> SettingValidator.normalized("integrationgrant.other", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertProblem(String key, String typed, FieldProblem expected) {
    assertThatThrownBy(() -> SettingValidator.normalized(key, typed))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(expected));
  }
}
