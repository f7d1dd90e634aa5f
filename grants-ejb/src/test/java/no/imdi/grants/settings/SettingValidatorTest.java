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
