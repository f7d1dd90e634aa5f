package no.imdi.grants.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads from 07 to 17 on working days are within working hours; 17:00 is not. */
class WorkingHoursTest {

  @ParameterizedTest
  @CsvSource({
    "2026-03-10T06:59, false",
    "2026-03-10T07:00, true",
    "2026-03-10T12:30, true",
    "2026-03-10T16:59, true",
    "2026-03-10T17:00, false",
    "2026-03-14T10:00, false", // Saturday
    "2026-03-15T10:00, false", // Sunday
    "2026-05-14T10:00, false", // Ascension Day
    "2026-05-18T10:00, true", // the day after 17 May, a Monday
    "2026-05-25T10:00, false", // Whit Monday
    "2026-12-24T10:00, true", // Christmas Eve is a working day
  })
  void readsWithinSevenToFiveOnWorkingDays(LocalDateTime at, boolean within) {
    assertThat(WorkingHours.STANDARD.isWithin(at)).isEqualTo(within);
  }

  @Test
  void theHolidaysOfAYearLeaveOutThoseOnAWeekend() {
    assertThat(WorkingHours.holidays(2026, 2026))
        .contains(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 12, 25))
        .doesNotContain(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 5, 17))
        .allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThan(6));
  }
}
