package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.imdi.grants.shared.Explanation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantYearTest {

  @ParameterizedTest(name = "settled {0}, grant year {1}: {2}–{3}")
  @DisplayName("R-GY-1: grant years start on the settlement date and its anniversaries")
  @CsvSource({
    // seed 004: settled 13 October 2023
    "2023-10-13, 1, 2023-10-13, 2024-10-12",
    "2023-10-13, 2, 2024-10-13, 2025-10-12",
    "2023-10-13, 3, 2025-10-13, 2026-10-12",
    "2023-10-13, 4, 2026-10-13, 2027-10-12",
    "2023-10-13, 5, 2027-10-13, 2028-10-12",
    // seed 004: the period 2 February 2023 – 1 February 2024
    "2023-02-02, 1, 2023-02-02, 2024-02-01",
    // 29 February: 1 March in years without it, back to 29 February in leap years
    "2024-02-29, 1, 2024-02-29, 2025-02-28",
    "2024-02-29, 2, 2025-03-01, 2026-02-28",
    "2024-02-29, 4, 2027-03-01, 2028-02-28",
    "2024-02-29, 5, 2028-02-29, 2029-02-28",
    "2024-02-29, 6, 2029-03-01, 2030-02-28",
    // the days around 29 February and month ends
    "2023-03-01, 1, 2023-03-01, 2024-02-29",
    "2023-02-28, 1, 2023-02-28, 2024-02-27",
    "2023-02-28, 2, 2024-02-28, 2025-02-27",
    "2024-02-28, 1, 2024-02-28, 2025-02-27",
    "2023-12-31, 1, 2023-12-31, 2024-12-30",
    "2023-12-31, 2, 2024-12-31, 2025-12-30",
    "2024-01-01, 1, 2024-01-01, 2024-12-31",
    "2024-01-31, 1, 2024-01-31, 2025-01-30",
    "2023-04-30, 10, 2032-04-30, 2033-04-29"
  })
  void R_GY_1_grantYearsStartOnTheSettlementDateEachYear(
      LocalDate settled, int number, LocalDate start, LocalDate end) {
    GrantYear year = GrantYear.of(settled, number);

    assertThat(year.start()).isEqualTo(start);
    assertThat(year.end()).isEqualTo(end);
    assertThat(GrantYear.containing(settled, start)).contains(year);
    assertThat(GrantYear.containing(settled, end)).contains(year);
    assertThat(GrantYear.containing(settled, end.plusDays(1)).orElseThrow().number())
        .isEqualTo(number + 1);
  }

  @Test
  @DisplayName("R-GY-1: a day before the settlement date is in no grant year")
  void R_GY_1_dayBeforeSettlementIsInNoGrantYear() {
    assertThat(GrantYear.containing(LocalDate.of(2023, 10, 13), LocalDate.of(2023, 10, 12)))
        .isEmpty();
  }

  @Test
  @DisplayName("R-GY-1: the explanation names the period and the date it counts from")
  void R_GY_1_explanation() {
    ReferenceDate settled = ReferenceDate.settlement(LocalDate.of(2023, 10, 13));

    Explanation first = GrantYear.of(settled.date(), 1).explanation(settled);
    Explanation second = GrantYear.of(settled.date(), 2).explanation(settled);

    assertThat(first.rules()).containsExactly("R-GY-1");
    assertThat(first.norwegian())
        .isEqualTo(
            "Tilskuddsår 1: 13.10.2023–12.10.2024 (R-GY-1: starter på bosettingsdato 13.10.2023"
                + " og varer ett år).");
    assertThat(second.english())
        .isEqualTo(
            "Grant year 2: 13.10.2024–12.10.2025 (R-GY-1: the same date as the settlement date"
                + " 13.10.2023, 1 year later).");
  }

  @Test
  @DisplayName("R-GY-1: a 29 February start says why a year starts on 1 March")
  void R_GY_1_leapDayExplanation() {
    ReferenceDate settled = ReferenceDate.settlement(LocalDate.of(2024, 2, 29));

    Explanation second = GrantYear.of(settled.date(), 2).explanation(settled);

    assertThat(second.norwegian())
        .isEqualTo(
            "Tilskuddsår 2: 01.03.2025–28.02.2026 (R-GY-1: bosettingsdato 29.02.2024; 2025 har"
                + " ikke 29. februar, så året starter 1. mars).");
  }

  @Test
  @DisplayName("R-GY-1 with R-DL-4: a child's grant years count from the birth")
  void R_GY_1_childCountsFromBirth() {
    ReferenceDate born = ReferenceDate.childBirth(LocalDate.of(2024, 2, 1));

    Explanation first = GrantYear.of(born.date(), 1).explanation(born);

    assertThat(first.rules()).containsExactly("R-GY-1", "R-DL-4");
    assertThat(first.english())
        .isEqualTo(
            "Grant year 1: 01.02.2024–31.01.2025 (R-GY-1: starts on the child's date of birth"
                + " 01.02.2024 and lasts one year).");
  }

  @Test
  @DisplayName("R-GY-1: grant years are numbered from 1")
  void R_GY_1_numberedFromOne() {
    assertThatThrownBy(() -> GrantYear.of(LocalDate.of(2023, 10, 13), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numbered from 1");
  }
}
