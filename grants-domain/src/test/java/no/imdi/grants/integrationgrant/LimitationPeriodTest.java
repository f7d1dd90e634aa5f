package no.imdi.grants.integrationgrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitationPeriodTest {

  @ParameterizedTest(name = "claim arises {0} -> limitation date {1}")
  @DisplayName(
      "R-IG-7 limitation date: same date three years on, 29 Feb -> 28 Feb, next working day")
  @CsvSource({
    "2023-10-13, 2026-10-13",
    "2026-10-13, 2029-10-15",
    "2024-02-29, 2027-03-01",
    "2025-02-28, 2028-02-28",
    "2028-02-29, 2031-02-28",
    "2021-02-28, 2024-02-28",
    "2020-04-06, 2023-04-11",
    "2023-04-06, 2026-04-07",
    "2021-05-17, 2024-05-21",
    "2018-05-17, 2021-05-18",
    "2022-12-24, 2025-12-24",
    "2022-12-25, 2025-12-29",
    "2020-12-31, 2024-01-02",
    "2021-01-01, 2024-01-02",
    "2196-06-03, 2199-06-04"
  })
  void R_IG_7_limitationIsThreeYearsMovedToTheNextWorkingDay(LocalDate arises, LocalDate expected) {
    assertThat(LimitationPeriod.limitationDate(arises).value()).isEqualTo(expected);
    assertThat(LimitationPeriod.limitationDate(arises).rules()).containsExactly("R-IG-7");
  }

  @ParameterizedTest(name = "claim arises {0}")
  @DisplayName("R-IG-7 explanation names the start, the February end and the roll to a working day")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-10-13 | Foreldelsesfrist 13.10.2026 (R-IG-7: tre år etter 13.10.2023)."
            + " | Limitation date 13.10.2026 (R-IG-7: three years after 13.10.2023).",
        "2026-10-13 | Foreldelsesfrist 15.10.2029 (R-IG-7: tre år etter 13.10.2026; 13.10.2029 er en"
            + " lørdag; neste virkedag er 15.10.2029). | Limitation date 15.10.2029 (R-IG-7: three"
            + " years after 13.10.2026; 13.10.2029 is a Saturday; the next working day is 15.10.2029).",
        "2024-02-29 | Foreldelsesfrist 01.03.2027 (R-IG-7: tre år etter 29.02.2024; februar 2027 har"
            + " ingen 29. dag, så fristen ender på siste dag i måneden, 28.02.2027 (foreldelsesloven"
            + " § 29 nr. 1); 28.02.2027 er en søndag; neste virkedag er 01.03.2027). | Limitation"
            + " date 01.03.2027 (R-IG-7: three years after 29.02.2024; February 2027 has no 29th, so"
            + " the period ends on the last day of the month, 28.02.2027 (Limitation Act section 29"
            + " no. 1); 28.02.2027 is a Sunday; the next working day is 01.03.2027).",
        "2023-04-06 | Foreldelsesfrist 07.04.2026 (R-IG-7: tre år etter 06.04.2023; 06.04.2026 er 2."
            + " påskedag; neste virkedag er 07.04.2026). | Limitation date 07.04.2026 (R-IG-7: three"
            + " years after 06.04.2023; 06.04.2026 is Easter Monday; the next working day is"
            + " 07.04.2026)."
      })
  void R_IG_7_explanation(LocalDate arises, String norwegian, String english) {
    Reasoned<LocalDate> result = LimitationPeriod.limitationDate(arises);
    assertThat(result.explanation().norwegian()).isEqualTo(norwegian);
    assertThat(result.explanation().english()).isEqualTo(english);
  }

  @ParameterizedTest(name = "arises {0}, claimed {1} -> in time {2}")
  @DisplayName("R-IG-7 a claim is in time up to and including the (moved) limitation date")
  @CsvSource({
    "2023-10-13, 2026-10-12, true",
    "2023-10-13, 2026-10-13, true",
    "2023-10-13, 2026-10-14, false",
    "2026-10-13, 2029-10-15, true",
    "2026-10-13, 2029-10-16, false",
    "2024-02-29, 2027-03-01, true",
    "2024-02-29, 2027-03-02, false",
    "2023-10-13, 2023-10-13, true"
  })
  void R_IG_7_claimInTime(LocalDate arises, LocalDate claimedOn, boolean inTime) {
    Reasoned<Boolean> result = LimitationPeriod.isClaimInTime(arises, claimedOn);
    assertThat(result.value()).isEqualTo(inTime);
    assertThat(result.rules()).containsExactly("R-IG-7");
    assertThat(result.explanation().english()).endsWith(inTime ? "is in time." : "is time-barred.");
  }

  @Test
  @DisplayName("R-IG-7 a limitation date beyond the supported calendar (after 2199) is refused")
  void R_IG_7_beyondTheCalendar() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LimitationPeriod.limitationDate(LocalDate.of(2197, 6, 3)));
  }
}
