package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.shared.Period;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountsReportDueTest {

  @ParameterizedTest(name = "T2 period {0}–{1}: report due {2}")
  @DisplayName("R-REP-1: the T2 accounts report is due 2 months after the grant period has ended")
  @CsvSource({
    // seed 004: settled 13 October 2023, grant years 1 and 2
    "2023-10-13, 2024-10-12, 2024-12-13",
    "2024-10-13, 2025-10-12, 2025-12-13",
    // the period of 2 February 2023
    "2023-02-02, 2024-02-01, 2024-04-02",
    // month ends: the last day of a shorter month
    "2022-12-31, 2023-12-30, 2024-02-29",
    "2023-01-01, 2023-12-31, 2024-03-01",
    "2023-11-01, 2024-10-31, 2025-01-01",
    "2024-01-01, 2024-12-31, 2025-03-01",
    // a period that ends 29 December: 30.12 + 2 months is 28 February (no 30th)
    "2023-12-30, 2024-12-29, 2025-02-28"
  })
  void R_REP_1_dueTwoMonthsAfterThePeriod(LocalDate start, LocalDate end, LocalDate expected) {
    Reasoned<LocalDate> due = AccountsReportDue.of(GrantKind.T2, new Period(start, end));

    assertThat(due.value()).isEqualTo(expected);
    assertThat(due.rules()).containsExactly("R-REP-1");
  }

  @Test
  @DisplayName("R-REP-1: no accounts report for T1")
  void R_REP_1_noReportForT1() {
    Reasoned<LocalDate> due =
        AccountsReportDue.of(
            GrantKind.T1, new Period(LocalDate.of(2023, 10, 13), LocalDate.of(2024, 10, 12)));

    assertThat(due.value()).isNull();
    assertThat(due.explanation().norwegian()).isEqualTo("Ingen regnskapsrapport for T1 (R-REP-1).");
  }

  @Test
  @DisplayName("R-REP-1: the explanation names the signers, the date and the period")
  void R_REP_1_explanation() {
    Reasoned<LocalDate> due =
        AccountsReportDue.of(
            GrantKind.T2, new Period(LocalDate.of(2024, 10, 13), LocalDate.of(2025, 10, 12)));

    assertThat(due.explanation().norwegian())
        .isEqualTo(
            "Regnskapsrapport for T2, signert av kommunens saksbehandler og økonomiansvarlig, innen"
                + " 13.12.2025 (R-REP-1: 2 måneder etter at tilskuddsperioden"
                + " 13.10.2024–12.10.2025 er over).");
  }
}
