package no.imdi.grants.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayRollTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @DisplayName("A non-working day is rolled forward and the reason is named in bokmål and English")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-04-06 | 2026-04-07 | 06.04.2026 er 2. påskedag; neste virkedag er 07.04.2026"
            + " | 06.04.2026 is Easter Monday; the next working day is 07.04.2026",
        "2024-09-07 | 2024-09-09 | 07.09.2024 er en lørdag; neste virkedag er 09.09.2024"
            + " | 07.09.2024 is a Saturday; the next working day is 09.09.2024",
        "2024-09-08 | 2024-09-09 | 08.09.2024 er en søndag; neste virkedag er 09.09.2024"
            + " | 08.09.2024 is a Sunday; the next working day is 09.09.2024",
        "2012-05-17 | 2012-05-18 | 17.05.2012 er 17. mai og Kristi himmelfartsdag; neste virkedag er"
            + " 18.05.2012 | 17.05.2012 is 17 May (Constitution Day) and Ascension Day; the next"
            + " working day is 18.05.2012",
        "2024-03-31 | 2024-04-02 | 31.03.2024 er 1. påskedag; neste virkedag er 02.04.2024"
            + " | 31.03.2024 is Easter Sunday; the next working day is 02.04.2024"
      })
  void rolledForward(LocalDate day, LocalDate rolledTo, String norwegian, String english) {
    WorkingDayRoll roll = WorkingDayRoll.of(day);
    assertThat(roll.rolledTo()).isEqualTo(rolledTo);
    assertThat(roll.moved()).isTrue();
    assertThat(roll.norwegian()).isEqualTo(norwegian);
    assertThat(roll.english()).isEqualTo(english);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName(
      "A working day (also Christmas Eve and New Year's Eve) is not moved and needs no reason")
  @CsvSource({"2024-09-03", "2024-12-24", "2024-12-31"})
  void workingDayStays(LocalDate day) {
    WorkingDayRoll roll = WorkingDayRoll.of(day);
    assertThat(roll.rolledTo()).isEqualTo(day);
    assertThat(roll.moved()).isFalse();
    assertThat(roll.norwegian()).isEmpty();
    assertThat(roll.english()).isEmpty();
    assertThat(roll.norwegianReason()).isEmpty();
  }
}
