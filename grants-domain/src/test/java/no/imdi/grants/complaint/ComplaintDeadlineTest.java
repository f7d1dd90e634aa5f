package no.imdi.grants.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintDeadlineTest {

  @ParameterizedTest(name = "notice {0} -> {1}, deadline {2}")
  @DisplayName(
      "R-AP-3 three weeks from the notice, same weekday, rolled past weekends and holidays")
  @CsvSource({
    "2024-09-03, 2024-09-24, 2024-09-24",
    "2026-03-11, 2026-04-01, 2026-04-01",
    "2026-03-12, 2026-04-02, 2026-04-07",
    "2026-03-13, 2026-04-03, 2026-04-07",
    "2026-03-14, 2026-04-04, 2026-04-07",
    "2026-03-16, 2026-04-06, 2026-04-07",
    "2026-03-17, 2026-04-07, 2026-04-07",
    "2024-03-07, 2024-03-28, 2024-04-02",
    "2024-12-03, 2024-12-24, 2024-12-24",
    "2024-12-04, 2024-12-25, 2024-12-27",
    "2024-12-05, 2024-12-26, 2024-12-27",
    "2024-12-06, 2024-12-27, 2024-12-27",
    "2025-12-04, 2025-12-25, 2025-12-29",
    "2024-12-10, 2024-12-31, 2024-12-31",
    "2024-12-11, 2025-01-01, 2025-01-02",
    "2023-12-09, 2023-12-30, 2024-01-02",
    "2023-12-10, 2023-12-31, 2024-01-02",
    "2024-04-26, 2024-05-17, 2024-05-21",
    "2027-04-26, 2027-05-17, 2027-05-18",
    "2012-04-26, 2012-05-17, 2012-05-18",
    "2025-04-10, 2025-05-01, 2025-05-02",
    "2025-05-08, 2025-05-29, 2025-05-30",
    "2024-09-07, 2024-09-28, 2024-09-30",
    "2024-02-08, 2024-02-29, 2024-02-29",
    "2024-02-29, 2024-03-21, 2024-03-21"
  })
  void R_AP_3_threeWeeksFromNoticeRolledToWorkingDay(
      LocalDate notice, LocalDate plain, LocalDate deadline) {
    ComplaintDeadline result = ComplaintDeadline.forNotice(notice);
    assertThat(result.noticeReceived()).isEqualTo(notice);
    assertThat(result.plainDeadline()).isEqualTo(plain);
    assertThat(result.plainDeadline().getDayOfWeek()).isEqualTo(notice.getDayOfWeek());
    assertThat(result.deadline()).isEqualTo(deadline);
    assertThat(result.rolledForward()).isEqualTo(!plain.equals(deadline));
    assertThat(result.rules()).containsExactly("R-AP-3");

    ComplaintDeadline off = ComplaintDeadline.forNotice(notice, RollForwardSetting.OFF);
    assertThat(off.deadline()).isEqualTo(plain);
    assertThat(off.rolledForward()).isFalse();
  }

  @ParameterizedTest(name = "notice {0}, roll {1}, verified {2}")
  @DisplayName(
      "R-AP-3 explanation: plain, rolled (unverified or verified), and rolling switched off")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-09-03 | true | false | Klagefrist 24.09.2024 (R-AP-3: tre uker etter at"
            + " underretningen om vedtaket kom fram 03.09.2024, forvaltningsloven § 29). |"
            + " Complaint deadline 24.09.2024 (R-AP-3: three weeks after the notice of the decision"
            + " reached the party on 03.09.2024, Public Administration Act section 29).",
        "2026-03-16 | true | false | Klagefrist 07.04.2026 (R-AP-3: tre uker etter at"
            + " underretningen om vedtaket kom fram 16.03.2026, forvaltningsloven § 29; 06.04.2026"
            + " er 2. påskedag; neste virkedag er 07.04.2026 (domstolloven § 149 analogt, regelen er"
            + " ikke verifisert)). | Complaint deadline 07.04.2026 (R-AP-3: three weeks after the"
            + " notice of the decision reached the party on 16.03.2026, Public Administration Act"
            + " section 29; 06.04.2026 is Easter Monday; the next working day is 07.04.2026 (Courts"
            + " Act section 149 by analogy, rule not verified)).",
        "2024-09-07 | true | true | Klagefrist 30.09.2024 (R-AP-3: tre uker etter at"
            + " underretningen om vedtaket kom fram 07.09.2024, forvaltningsloven § 29; 28.09.2024"
            + " er en lørdag; neste virkedag er 30.09.2024 (domstolloven § 149 analogt)). |"
            + " Complaint deadline 30.09.2024 (R-AP-3: three weeks after the notice of the decision"
            + " reached the party on 07.09.2024, Public Administration Act section 29; 28.09.2024 is"
            + " a Saturday; the next working day is 30.09.2024 (Courts Act section 149 by"
            + " analogy)).",
        "2024-12-04 | false | false | Klagefrist 25.12.2024 (R-AP-3: tre uker etter at"
            + " underretningen om vedtaket kom fram 04.12.2024, forvaltningsloven § 29; 25.12.2024"
            + " er 1. juledag, men fristen flyttes ikke fordi flytting til neste virkedag er slått"
            + " av). | Complaint deadline 25.12.2024 (R-AP-3: three weeks after the notice of the"
            + " decision reached the party on 04.12.2024, Public Administration Act section 29;"
            + " 25.12.2024 is Christmas Day, but the deadline is not moved because moving to the"
            + " next working day is off)."
      })
  void R_AP_3_explanation(
      LocalDate notice, boolean roll, boolean verified, String norwegian, String english) {
    ComplaintDeadline result =
        ComplaintDeadline.forNotice(notice, new RollForwardSetting(roll, verified));
    assertThat(result.explanation().norwegian()).isEqualTo(norwegian);
    assertThat(result.explanation().english()).isEqualTo(english);
  }

  @ParameterizedTest(name = "notice {0}, roll {1}, sent {2} -> in time {3}")
  @DisplayName("R-AP-4 a complaint sent on or before the deadline is in time")
  @CsvSource({
    "2024-09-03, true, 2024-09-03, true",
    "2024-09-03, true, 2024-09-23, true",
    "2024-09-03, true, 2024-09-24, true",
    "2024-09-03, true, 2024-09-25, false",
    "2026-03-16, true, 2026-04-06, true",
    "2026-03-16, true, 2026-04-07, true",
    "2026-03-16, true, 2026-04-08, false",
    "2026-03-16, false, 2026-04-06, true",
    "2026-03-16, false, 2026-04-07, false",
    "2024-12-11, true, 2025-01-02, true",
    "2024-12-11, true, 2025-01-03, false"
  })
  void R_AP_4_inTimeWhenSentOnOrBeforeTheDeadline(
      LocalDate notice, boolean roll, LocalDate sent, boolean inTime) {
    ComplaintDeadline deadline =
        ComplaintDeadline.forNotice(notice, new RollForwardSetting(roll, false));
    assertThat(deadline.isInTime(sent)).isEqualTo(inTime);
  }

  @Test
  @DisplayName("R-AP-3 a deadline that does not fit its plain date is refused")
  void R_AP_3_inconsistentDeadlineIsRefused() {
    ComplaintDeadline valid = ComplaintDeadline.forNotice(LocalDate.of(2024, 9, 3));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ComplaintDeadline(
                    valid.noticeReceived(),
                    valid.plainDeadline(),
                    valid.plainDeadline().minusDays(1),
                    true,
                    valid.explanation()));
  }
}
