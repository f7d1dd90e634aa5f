package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationDeadlinesTest {

  @ParameterizedTest(name = "settled {0}, first application for year {1}: {2}")
  @DisplayName("R-DL-1: a first application for year 1 or 2 is due 14 months after settlement")
  @CsvSource({
    // seed 004: settled 13 October 2023
    "2023-10-13, 1, 2024-12-13",
    "2023-10-13, 2, 2024-12-13",
    // seed 004: the 2 February 2023 period
    "2023-02-02, 1, 2024-04-02",
    // month ends: the last day of a shorter month
    "2023-12-31, 1, 2025-02-28",
    "2023-12-30, 2, 2025-02-28",
    "2023-12-29, 1, 2025-02-28",
    "2022-12-30, 1, 2024-02-29",
    "2022-12-31, 1, 2024-02-29",
    "2023-10-31, 1, 2024-12-31",
    "2023-11-30, 1, 2025-01-30",
    "2023-01-31, 1, 2024-03-31",
    // 29 February
    "2024-02-29, 1, 2025-04-29",
    // not moved: 13.12.2025 is a Saturday
    "2024-10-13, 1, 2025-12-13",
    // a first application cannot be for year 3 or later
    "2023-10-13, 3, ",
    "2023-10-13, 5, "
  })
  void R_DL_1_firstApplicationIs14MonthsAfterSettlement(
      LocalDate settled, int grantYear, LocalDate expected) {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.firstApplicationDeadline(ReferenceDate.settlement(settled), grantYear);

    assertThat(deadline.value()).isEqualTo(expected);
    assertThat(deadline.rules()).contains("R-DL-1");
  }

  @Test
  @DisplayName("R-DL-1: the explanation gives the date, the rule and that it is not moved")
  void R_DL_1_explanation() {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.firstApplicationDeadline(
            ReferenceDate.settlement(LocalDate.of(2023, 12, 31)), 1);

    assertThat(deadline.explanation().norwegian())
        .isEqualTo(
            "Frist for førstegangssøknad for tilskuddsår 1: 28.02.2025 (R-DL-1: 14 måneder etter"
                + " bosettingsdato 31.12.2023). Måneden har ikke dag 31, så fristen er månedens"
                + " siste dag. Søknadsfristen flyttes ikke til neste virkedag.");
    assertThat(deadline.explanation().english())
        .isEqualTo(
            "First-application deadline for grant year 1: 28.02.2025 (R-DL-1: 14 months after the"
                + " settlement date 31.12.2023). The month has no day 31, so the deadline is the"
                + " last day of the month. The application deadline is not moved to the next"
                + " working day.");
  }

  @Test
  @DisplayName("R-DL-1 with R-DL-3: year 3 says why a first application cannot be for it")
  void R_DL_1_noFirstApplicationForYear3() {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.firstApplicationDeadline(
            ReferenceDate.settlement(LocalDate.of(2023, 10, 13)), 3);

    assertThat(deadline.value()).isNull();
    assertThat(deadline.rules()).containsExactly("R-DL-1", "R-DL-3");
    assertThat(deadline.explanation().english())
        .startsWith("Grant year 3 cannot be applied for in a first application");
  }

  @ParameterizedTest(name = "settled {0}, year {1}: {2}")
  @DisplayName("R-DL-2: after the first application, 2 months after the grant year has passed")
  @CsvSource({
    // seed 004: settled 13 October 2023
    "2023-10-13, 1, 2024-12-13",
    "2023-10-13, 2, 2025-12-13",
    "2023-10-13, 3, 2026-12-13",
    "2023-10-13, 4, 2027-12-13",
    "2023-10-13, 5, 2028-12-13",
    // seed 004: year 02.02.2023–01.02.2024
    "2023-02-02, 1, 2024-04-02",
    // 29 February: year 1 ends 28.02.2025, passed 01.03.2025
    "2024-02-29, 1, 2025-05-01",
    "2024-02-29, 3, 2027-05-01",
    "2024-02-29, 4, 2028-04-29",
    // month ends
    "2023-12-31, 1, 2025-02-28",
    "2023-12-31, 2, 2026-02-28",
    "2023-12-30, 4, 2028-02-29",
    "2023-10-31, 2, 2025-12-31",
    // beyond the integration grant period (R-T2-2..4)
    "2023-10-13, 10, 2033-12-13"
  })
  void R_DL_2_deadlineIsTwoMonthsAfterTheGrantYearHasPassed(
      LocalDate settled, int grantYear, LocalDate expected) {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.laterDeadline(ReferenceDate.settlement(settled), grantYear);

    assertThat(deadline.value()).isEqualTo(expected);
    assertThat(deadline.rules()).containsExactly("R-DL-2");
  }

  @Test
  @DisplayName("R-DL-2: 13.12.2025 is a Saturday and is not moved")
  void R_DL_2_saturdayIsNotMoved() {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.laterDeadline(ReferenceDate.settlement(LocalDate.of(2023, 10, 13)), 2);

    assertThat(deadline.explanation().norwegian())
        .isEqualTo(
            "Frist for tilskuddsår 2 når en søknad for et tidligere år er innvilget: 13.12.2025"
                + " (R-DL-2: 2 måneder etter at tilskuddsåret 13.10.2024–12.10.2025 er passert)."
                + " 13.12.2025 er en lørdag; søknadsfristen flyttes ikke til neste virkedag.");
  }

  @ParameterizedTest(name = "settled {0}, year {1}, granted before: {2} -> {3}")
  @DisplayName("R-DL-3: a later year needs an earlier first application that was granted")
  @CsvSource({
    // seed 004: year 2 is 13.12.2025 if year 1 was granted, 13.12.2024 as a first application
    "2023-10-13, 2, none, 2024-12-13",
    "2023-10-13, 2, T2:1, 2025-12-13",
    "2023-10-13, 2, T1:1, 2025-12-13",
    "2023-10-13, 1, none, 2024-12-13",
    "2023-10-13, 3, T2:1 2, 2026-12-13",
    "2023-10-13, 3, T1:2, 2026-12-13",
    "2023-10-13, 4, T1:1, 2027-12-13",
    // no earlier grant: no deadline for year 3 or later
    "2023-10-13, 3, none, ",
    "2023-10-13, 5, none, ",
    // a grant for a later year is not an earlier grant
    "2023-10-13, 3, T2:3, "
  })
  void R_DL_3_laterYearNeedsAnEarlierGrantedFirstApplication(
      LocalDate settled, int grantYear, String granted, LocalDate expected) {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.deadline(
            ReferenceDate.settlement(settled), grantYear, TestPriors.parse(granted));

    assertThat(deadline.value()).isEqualTo(expected);
    if (expected == null) {
      assertThat(deadline.rules()).contains("R-DL-3");
    }
  }

  @ParameterizedTest(name = "born {0}, year {1}: first {2}, later {3}")
  @DisplayName("R-DL-4: a child's first deadline is 14 months after the birth")
  @CsvSource({
    "2024-02-01, 1, 2025-04-01, 2025-04-01",
    "2024-02-01, 2, 2025-04-01, 2026-04-01",
    "2024-02-01, 3, , 2027-04-01",
    "2023-12-31, 1, 2025-02-28, 2025-02-28",
    "2024-02-29, 1, 2025-04-29, 2025-05-01",
    "2024-04-13, 2, 2025-06-13, 2026-06-13"
  })
  void R_DL_4_childDeadlinesCountFromTheBirth(
      LocalDate born, int grantYear, LocalDate first, LocalDate later) {
    ReferenceDate birth = ReferenceDate.childBirth(born);

    Reasoned<LocalDate> firstDeadline =
        ApplicationDeadlines.firstApplicationDeadline(birth, grantYear);
    Reasoned<LocalDate> laterDeadline = ApplicationDeadlines.laterDeadline(birth, grantYear);

    assertThat(firstDeadline.value()).isEqualTo(first);
    assertThat(firstDeadline.rules()).contains("R-DL-4").doesNotContain("R-DL-1");
    assertThat(laterDeadline.value()).isEqualTo(later);
    assertThat(laterDeadline.rules()).containsExactly("R-DL-2", "R-DL-4");
  }

  @Test
  @DisplayName("R-DL-4: the explanation counts from the child's date of birth")
  void R_DL_4_explanation() {
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.firstApplicationDeadline(
            ReferenceDate.childBirth(LocalDate.of(2024, 2, 1)), 1);

    assertThat(deadline.explanation().english())
        .isEqualTo(
            "First-application deadline for grant year 1: 01.04.2025 (R-DL-4: 14 months after the"
                + " child's date of birth 01.02.2024). The application deadline is not moved to"
                + " the next working day.");
  }
}
