package no.imdi.grants.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintTimelinessTest {

  @ParameterizedTest(name = "decision {0}, notice {1}, sent {2}, roll {3} -> {4}")
  @DisplayName(
      "R-AP-5 late complaints may be considered up to one year after the decision, then dismissed")
  @CsvSource({
    "2024-09-02, 2024-09-03, 2024-09-02, true, IN_TIME, 2025-09-02",
    "2024-09-02, 2024-09-03, 2024-09-24, true, IN_TIME, 2025-09-02",
    "2024-09-02, 2024-09-03, 2024-09-25, true, LATE_MAY_BE_CONSIDERED, 2025-09-02",
    "2024-09-02, 2024-09-03, 2025-09-01, true, LATE_MAY_BE_CONSIDERED, 2025-09-02",
    "2024-09-02, 2024-09-03, 2025-09-02, true, LATE_MAY_BE_CONSIDERED, 2025-09-02",
    "2024-09-02, 2024-09-03, 2025-09-03, true, TOO_LATE, 2025-09-02",
    "2024-02-29, 2024-03-01, 2025-02-28, true, LATE_MAY_BE_CONSIDERED, 2025-02-28",
    "2024-02-29, 2024-03-01, 2025-03-01, true, TOO_LATE, 2025-02-28",
    "2023-02-28, 2023-03-01, 2024-02-28, true, LATE_MAY_BE_CONSIDERED, 2024-02-28",
    "2023-02-28, 2023-03-01, 2024-02-29, true, TOO_LATE, 2024-02-28",
    "2024-09-06, 2024-09-09, 2025-09-08, true, TOO_LATE, 2025-09-06",
    "2024-01-10, 2024-12-30, 2025-01-20, true, IN_TIME, 2025-01-10",
    "2026-03-13, 2026-03-16, 2026-04-07, true, IN_TIME, 2027-03-13",
    "2026-03-13, 2026-03-16, 2026-04-07, false, LATE_MAY_BE_CONSIDERED, 2027-03-13"
  })
  void R_AP_5_lateComplaintsWithinOneYearOfTheDecision(
      LocalDate decision,
      LocalDate notice,
      LocalDate sent,
      boolean roll,
      Timeliness outcome,
      LocalDate lastDate) {
    ComplaintTimeliness result =
        ComplaintTimeliness.assess(decision, notice, sent, new RollForwardSetting(roll, false));
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.lastDateForLateComplaint()).isEqualTo(lastDate);
    assertThat(result.sent()).isEqualTo(sent);
    assertThat(result.deadline().noticeReceived()).isEqualTo(notice);
    if (outcome == Timeliness.IN_TIME) {
      assertThat(result.rules()).containsExactly("R-AP-3", "R-AP-4");
    } else {
      assertThat(result.rules()).containsExactly("R-AP-3", "R-AP-4", "R-AP-5");
    }
  }

  @Test
  @DisplayName("R-AP-5 explanation of a complaint in time")
  void R_AP_5_inTimeExplanation() {
    ComplaintTimeliness result =
        ComplaintTimeliness.assess(
            LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 20));
    assertThat(result.explanation().norwegian())
        .isEqualTo(
            "Klagefrist 24.09.2024 (R-AP-3: tre uker etter at underretningen om vedtaket kom fram"
                + " 03.09.2024, forvaltningsloven § 29). Klagen er sendt 20.09.2024, innen fristen"
                + " (R-AP-4, forvaltningsloven § 30).");
    assertThat(result.explanation().english())
        .isEqualTo(
            "Complaint deadline 24.09.2024 (R-AP-3: three weeks after the notice of the decision"
                + " reached the party on 03.09.2024, Public Administration Act section 29). The"
                + " complaint was sent on 20.09.2024, within the deadline (R-AP-4, Public"
                + " Administration Act section 30).");
  }

  @Test
  @DisplayName(
      "R-AP-5 explanation of a late complaint that may be considered (29 February decision)")
  void R_AP_5_lateExplanation() {
    ComplaintTimeliness result =
        ComplaintTimeliness.assess(
            LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 6, 3));
    assertThat(result.explanation().norwegian())
        .isEqualTo(
            "Klagefrist 21.03.2024 (R-AP-3: tre uker etter at underretningen om vedtaket kom fram"
                + " 29.02.2024, forvaltningsloven § 29). Klagen er sendt 03.06.2024, etter fristen"
                + " (R-AP-4). Den kan likevel tas under behandling hvis parten ikke kan lastes for"
                + " forsinkelsen, eller særlige grunner gjør det rimelig; siste mulige dag er"
                + " 28.02.2025, ett år etter vedtaket 29.02.2024, da februar 2025 ikke har noen 29."
                + " dag (R-AP-5, forvaltningsloven § 31).");
    assertThat(result.explanation().english())
        .isEqualTo(
            "Complaint deadline 21.03.2024 (R-AP-3: three weeks after the notice of the decision"
                + " reached the party on 29.02.2024, Public Administration Act section 29). The"
                + " complaint was sent on 03.06.2024, after the deadline (R-AP-4). It may still be"
                + " considered if the party cannot be blamed for the delay, or special reasons make"
                + " it reasonable; the last possible day is 28.02.2025, one year after the decision"
                + " of 29.02.2024, as February 2025 has no 29th (R-AP-5, Public Administration Act"
                + " section 31).");
  }

  @Test
  @DisplayName("R-AP-5 explanation of a complaint more than one year after the decision")
  void R_AP_5_tooLateExplanation() {
    ComplaintTimeliness result =
        ComplaintTimeliness.assess(
            LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3), LocalDate.of(2025, 9, 3));
    assertThat(result.explanation().norwegian())
        .endsWith(
            "Klagen er sendt 03.09.2025, etter fristen (R-AP-4). Det er mer enn ett år etter"
                + " vedtaket (siste mulige dag var 02.09.2025, ett år etter vedtaket 02.09.2024), så"
                + " klagen må avvises (R-AP-5, forvaltningsloven § 31).");
    assertThat(result.explanation().english())
        .endsWith(
            "The complaint was sent on 03.09.2025, after the deadline (R-AP-4). It is more than one"
                + " year after the decision (the last possible day was 02.09.2025, one year after"
                + " the decision of 02.09.2024), so the complaint must be dismissed (R-AP-5, Public"
                + " Administration Act section 31).");
  }

  @ParameterizedTest(name = "decision {0}, notice {1}, sent {2}")
  @DisplayName("R-AP-5 a notice or complaint dated before the decision is refused")
  @CsvSource({"2024-09-02, 2024-09-01, 2024-09-10", "2024-09-02, 2024-09-03, 2024-09-01"})
  void R_AP_5_datesBeforeTheDecisionAreRefused(
      LocalDate decision, LocalDate notice, LocalDate sent) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ComplaintTimeliness.assess(decision, notice, sent));
  }
}
