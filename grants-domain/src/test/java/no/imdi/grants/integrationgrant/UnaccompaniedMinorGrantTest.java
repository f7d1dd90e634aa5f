package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnaccompaniedMinorGrantTest {

  @ParameterizedTest(name = "born {0}, settled {1}, unaccompanied {2}")
  @DisplayName("R-EM EMINB up to the year of 16, EMINU from 17 up to and including the year of 20")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2007-12-31 | 2023-01-01 | true  | 2023 EMINB 1118000.00, 2024 EMINU -, 2025 EMINU -, 2026 EMINU -, 2027 EMINU - | Særskilt tilskudd for enslig mindreårig 2023–2027 (R-EM: fra bosettingsåret til og med året personen fyller 20, 2027).
          2007-01-01 | 2023-12-31 | true  | 2023 EMINB 1118000.00, 2024 EMINU -, 2025 EMINU -, 2026 EMINU -, 2027 EMINU - | Særskilt tilskudd for enslig mindreårig 2023–2027
          2006-01-01 | 2023-12-31 | true  | 2023 EMINU 705000.00, 2024 EMINU -, 2025 EMINU -, 2026 EMINU -               | Særskilt tilskudd for enslig mindreårig 2023–2026 (R-EM: fra bosettingsåret til og med året personen fyller 20, 2026).
          2006-12-31 | 2023-01-01 | true  | 2023 EMINU 705000.00, 2024 EMINU -, 2025 EMINU -, 2026 EMINU -               | Særskilt tilskudd for enslig mindreårig 2023–2026
          2003-06-01 | 2023-03-01 | true  | 2023 EMINU 705000.00                                                         | Særskilt tilskudd for enslig mindreårig 2023 (R-EM: fra bosettingsåret til og med året personen fyller 20, 2023).
          2002-12-31 | 2023-01-01 | true  |                                                                              | Ikke særskilt tilskudd for enslig mindreårig: personen fylte 20 år i 2022, før bosettingsåret 2023 (R-EM).
          2013-05-05 | 2023-05-05 | true  | 2023 EMINB 1118000.00, 2024 EMINB -, 2025 EMINB -, 2026 EMINB -, 2027 EMINB -, 2028 EMINB -, 2029 EMINB -, 2030 EMINU -, 2031 EMINU -, 2032 EMINU -, 2033 EMINU - | til og med året personen fyller 20, 2033
          2007-12-31 | 2023-01-01 | false |                                                                              | Tilskuddsperioden er 2023–2027, 5 år (R-IG-2: bosettingsåret 2023 etter bosetting 01.01.2023, og de fire neste kalenderårene).
          """)
  void R_EM_specialGrantPerCalendarYearUpToTheYearOfTwenty(
      String birth,
      String settlement,
      boolean unaccompanied,
      String expectedEntries,
      String norwegianReason) {
    SettledPerson person =
        SettledPerson.of(
            date(settlement), date(birth), Household.SINGLE_ADULT, unaccompanied, false);

    IntegrationGrantSchedule schedule = Fixtures.schedule(person);

    String entries =
        schedule.specialGrant().stream()
            .map(
                e ->
                    e.calendarYear()
                        + " "
                        + e.code()
                        + " "
                        + (e.amount() == null ? "-" : e.amount().amount().toPlainString()))
            .collect(Collectors.joining(", "));
    assertThat(entries).isEqualTo(expectedEntries == null ? "" : expectedEntries);
    assertThat(schedule.explanation().norwegian()).contains(norwegianReason);
    assertThat(schedule.specialGrant())
        .allSatisfy(
            e -> {
              assertThat(e.rules()).containsExactly("R-EM", "R-IG-8");
              assertThat(e.rateVerified()).isFalse();
            });
    assertThat(schedule.years()).hasSize(5);
  }
}
