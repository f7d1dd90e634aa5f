package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static no.imdi.grants.integrationgrant.Fixtures.nok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantCodesTest {

  @ParameterizedTest(name = "{0} settled {1}, born {2}, mother settled {3}")
  @DisplayName("R-IG-4 codes by household, ELDR from 60, BHT for 0-5 or born up to 6 months after")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SINGLE_ADULT    | 2023-01-01 | 1963-01-01 |            | AR-1-EV,ELDR; AR-2; AR-3; AR-4; AR-5 | 60 år på bosettingsdatoen 01.01.2023: ELDR (R-IG-4: 60 år eller eldre).
          SINGLE_ADULT    | 2023-01-01 | 1963-01-02 |            | AR-1-EV; AR-2; AR-3; AR-4; AR-5      | Kode AR-1-EV (R-IG-4: tilskuddsår 1, enslig voksen).
          ADULT_IN_FAMILY | 2023-12-31 | 1963-12-31 |            | AR-1,ELDR; AR-2; AR-3; AR-4; AR-5    | 60 år på bosettingsdatoen 31.12.2023: ELDR (R-IG-4: 60 år eller eldre).
          ADULT_IN_FAMILY | 2023-12-31 | 1964-01-01 |            | AR-1; AR-2; AR-3; AR-4; AR-5         | Kode AR-1 (R-IG-4: tilskuddsår 1, voksen i familie).
          ADULT_IN_FAMILY | 2024-02-29 | 1964-02-29 |            | AR-1,ELDR; AR-2; AR-3; AR-4; AR-5    | 60 år på bosettingsdatoen 29.02.2024: ELDR (R-IG-4: 60 år eller eldre).
          ADULT_IN_FAMILY | 2024-02-28 | 1964-02-29 |            | AR-1; AR-2; AR-3; AR-4; AR-5         | Kode AR-1 (R-IG-4: tilskuddsår 1, voksen i familie).
          CHILD           | 2023-06-15 | 2017-06-16 |            | AR-1-B,BHT; AR-2; AR-3; AR-4; AR-5   | 5 år på bosettingsdatoen 15.06.2023: BHT (R-IG-4: barn 0–5 år).
          CHILD           | 2023-06-15 | 2017-06-15 |            | AR-1-B; AR-2; AR-3; AR-4; AR-5       | 6 år på bosettingsdatoen 15.06.2023: ikke BHT (R-IG-4: barn 0–5 år).
          CHILD           | 2023-01-01 | 2023-01-01 |            | AR-1-B,BHT; AR-2; AR-3; AR-4; AR-5   | 0 år på bosettingsdatoen 01.01.2023: BHT (R-IG-4: barn 0–5 år).
          CHILD           | 2023-08-31 | 2024-02-29 | 2023-08-31 | AR-1-B,BHT; AR-2; AR-3; AR-4; AR-5   | Født 29.02.2024, innen 6 måneder etter mors bosetting 31.08.2023 (senest 29.02.2024): BHT (R-IG-4).
          CHILD           | 2024-03-01 | 2024-03-01 | 2023-08-31 | AR-1-B; AR-2; AR-3; AR-4; AR-5       | Født 01.03.2024, mer enn 6 måneder etter mors bosetting 31.08.2023 (senest 29.02.2024): ikke BHT (R-IG-4).
          CHILD           | 2023-03-15 | 2023-09-15 | 2023-03-15 | AR-1-B,BHT; AR-2; AR-3; AR-4; AR-5   | Født 15.09.2023, innen 6 måneder etter mors bosetting 15.03.2023 (senest 15.09.2023): BHT (R-IG-4).
          CHILD           | 2023-09-16 | 2023-09-16 | 2023-03-15 | AR-1-B; AR-2; AR-3; AR-4; AR-5       | Født 16.09.2023, mer enn 6 måneder etter mors bosetting 15.03.2023 (senest 15.09.2023): ikke BHT (R-IG-4).
          CHILD           | 2023-05-01 | 2020-02-01 | 2023-05-01 | AR-1-B,BHT; AR-2; AR-3; AR-4; AR-5   | 3 år på bosettingsdatoen 01.05.2023: BHT (R-IG-4: barn 0–5 år).
          """)
  void R_IG_4_codesByHouseholdAgeAndBirth(
      Household household,
      String settlement,
      String birth,
      String motherSettlement,
      String expectedCodes,
      String norwegianReason) {
    SettledPerson person =
        new SettledPerson(
            date(settlement), date(birth), household, false, false, date(motherSettlement), null);

    IntegrationGrantSchedule schedule = Fixtures.schedule(person);

    String codes =
        schedule.years().stream()
            .map(year -> String.join(",", year.codes()))
            .collect(Collectors.joining("; "));
    assertThat(codes).isEqualTo(expectedCodes);
    GrantYearEntry first = schedule.years().get(0);
    assertThat(first.explanation().norwegian()).contains(norwegianReason);
    assertThat(first.rules()).contains("R-IG-2", "R-IG-4", "R-IG-5");
    assertThat(schedule.years())
        .extracting(GrantYearEntry::calendarYear)
        .containsExactly(
            first.calendarYear(),
            first.calendarYear() + 1,
            first.calendarYear() + 2,
            first.calendarYear() + 3,
            first.calendarYear() + 4);
  }

  @ParameterizedTest(name = "{0} settled {1}, born {2}: grant year {3}")
  @DisplayName("R-IG-4 amounts only from the rate table: unverified rows said, unknown rates null")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SINGLE_ADULT    | 2023-10-13 | 1963-01-01 | 1 | AR-1-EV=241100.00,ELDR=180600.00 | 421700.00 | Sats AR-1-EV 2023: 241 100 kr (ikke verifisert). Sats ELDR 2023: 180 600 kr (ikke verifisert).
          ADULT_IN_FAMILY | 2023-10-13 | 1990-01-01 | 1 | AR-1=194400.00                   | 194400.00 | Sats AR-1 2023: 194 400 kr (ikke verifisert).
          CHILD           | 2023-10-13 | 2020-01-01 | 1 | AR-1-B=,BHT=27800.00             |           | Ingen sats er kjent for AR-1-B i 2023. Sats BHT 2023: 27 800 kr (ikke verifisert).
          SINGLE_ADULT    | 2023-10-13 | 1990-01-01 | 2 | AR-2=100001.00                   | 100001.00 | Sats AR-2 2024: 100 001 kr. Utbetales
          SINGLE_ADULT    | 2023-10-13 | 1990-01-01 | 3 | AR-3=                            |           | Ingen sats er kjent for AR-3 i 2025.
          SINGLE_ADULT    | 2025-01-01 | 1960-01-01 | 1 | AR-1-EV=,ELDR=                   |           | Ingen sats er kjent for AR-1-EV i 2025. Ingen sats er kjent for ELDR i 2025.
          """)
  void R_IG_4_amountsComeOnlyFromTheRateTable(
      Household household,
      String settlement,
      String birth,
      int grantYear,
      String expectedAmounts,
      String expectedTotal,
      String norwegianReason) {
    SettledPerson person = Fixtures.adult(household, settlement, birth);

    GrantYearEntry year = Fixtures.schedule(person).years().get(grantYear - 1);

    String amounts =
        year.amounts().stream()
            .map(a -> a.code() + "=" + (a.known() ? a.amount().amount().toPlainString() : ""))
            .collect(Collectors.joining(","));
    assertThat(amounts).isEqualTo(expectedAmounts);
    assertThat(year.total()).isEqualTo(nok(expectedTotal));
    assertThat(year.explanation().norwegian()).contains(norwegianReason);
    assertThat(year.amounts())
        .allSatisfy(a -> assertThat(a.verified()).isEqualTo(a.code().equals("AR-2")));
    assertThat(year.codes()).isEqualTo(year.amounts().stream().map(CodeAmount::code).toList());
    assertThat(year.explanation().english().contains("No rate is known"))
        .isEqualTo(year.total() == null);
  }
}
