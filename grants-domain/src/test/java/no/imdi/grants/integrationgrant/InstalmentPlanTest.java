package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static no.imdi.grants.integrationgrant.Fixtures.nok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstalmentPlanTest {

  @ParameterizedTest(name = "{0} settled {1}, registered {2}")
  @DisplayName(
      "R-IG-5 year 1 and one-off codes paid whole in the first instalment after registration")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SINGLE_ADULT    | 2023-01-01 |            | 1963-01-01 |            | 31.03.2023 primo april 2023: AR-1-EV WHOLE 241100.00; 31.03.2023 primo april 2023: ELDR WHOLE 180600.00 | Utbetales med hel sats i terminen per 31.03.2023 (utbetaling primo april 2023), første termin etter at personen ble registrert bosatt 01.01.2023 (bosettingsdatoen; R-IG-5).
          ADULT_IN_FAMILY | 2023-03-31 | 2023-03-31 | 1990-01-01 |            | 31.03.2023 primo april 2023: AR-1 WHOLE 194400.00      | Utbetales med hel sats i terminen per 31.03.2023 (utbetaling primo april 2023), første termin etter at personen ble registrert bosatt 31.03.2023 (R-IG-5).
          ADULT_IN_FAMILY | 2023-03-15 | 2023-04-01 | 1990-01-01 |            | 30.06.2023 primo juli 2023: AR-1 WHOLE 194400.00       | Utbetales med hel sats i terminen per 30.06.2023 (utbetaling primo juli 2023), første termin etter at personen ble registrert bosatt 01.04.2023 (R-IG-5).
          ADULT_IN_FAMILY | 2023-06-30 |            | 1990-01-01 |            | 30.06.2023 primo juli 2023: AR-1 WHOLE 194400.00       | terminen per 30.06.2023
          ADULT_IN_FAMILY | 2023-07-01 |            | 1990-01-01 |            | 30.09.2023 primo oktober 2023: AR-1 WHOLE 194400.00    | terminen per 30.09.2023 (utbetaling primo oktober 2023)
          ADULT_IN_FAMILY | 2023-09-30 |            | 1990-01-01 |            | 30.09.2023 primo oktober 2023: AR-1 WHOLE 194400.00    | terminen per 30.09.2023
          ADULT_IN_FAMILY | 2023-10-01 |            | 1990-01-01 |            | 31.12.2023 medio desember 2023: AR-1 WHOLE 194400.00   | terminen per 31.12.2023 (utbetaling medio desember 2023)
          ADULT_IN_FAMILY | 2023-12-31 |            | 1990-01-01 |            | 31.12.2023 medio desember 2023: AR-1 WHOLE 194400.00   | registrert bosatt 31.12.2023 (bosettingsdatoen; R-IG-5)
          ADULT_IN_FAMILY | 2023-12-20 | 2024-01-02 | 1990-01-01 |            | 31.03.2024 primo april 2024: AR-1 WHOLE 194400.00      | terminen per 31.03.2024 (utbetaling primo april 2024), første termin etter at personen ble registrert bosatt 02.01.2024
          ADULT_IN_FAMILY | 2023-11-01 | 2024-05-10 | 1990-01-01 |            | 30.06.2024 primo juli 2024: AR-1 WHOLE 194400.00       | registrert bosatt 10.05.2024 (R-IG-5)
          SINGLE_ADULT    | 2025-05-05 |            | 1990-01-01 |            | 30.06.2025 primo juli 2025: AR-1-EV WHOLE -            | Ingen sats er kjent for AR-1-EV i 2025.
          CHILD           | 2023-08-31 |            | 2024-02-29 | 2023-08-31 | 31.03.2024 primo april 2024: AR-1-B WHOLE -; 31.03.2024 primo april 2024: BHT WHOLE 27800.00 | registrert bosatt 29.02.2024 (fødselsdatoen; R-IG-5).
          """)
  void R_IG_5_yearOneIsPaidWholeInTheFirstInstalmentAfterRegistration(
      Household household,
      String settlement,
      String registration,
      String birth,
      String motherSettlement,
      String expectedInstalments,
      String norwegianReason) {
    SettledPerson person =
        new SettledPerson(
            date(settlement),
            date(birth),
            household,
            false,
            false,
            date(motherSettlement),
            date(registration));

    GrantYearEntry year = Fixtures.schedule(person).years().get(0);

    assertThat(describe(year.instalments())).isEqualTo(expectedInstalments);
    assertThat(year.explanation().norwegian()).contains(norwegianReason);
    assertThat(year.instalments())
        .allSatisfy(i -> assertThat(i.payoutMonth()).isEqualTo(expectedPayout(i)));
  }

  @ParameterizedTest(name = "settled {0}, registered {1}: grant year {2}")
  @DisplayName("R-IG-5 years 2-5 paid a quarter of the year's rate in each instalment of the year")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023-10-13 |            | 2 | 31.03.2024 primo april 2024: AR-2 QUARTER 25000.25; 30.06.2024 primo juli 2024: AR-2 QUARTER 25000.25; 30.09.2024 primo oktober 2024: AR-2 QUARTER 25000.25; 31.12.2024 medio desember 2024: AR-2 QUARTER 25000.25 | Utbetales med en fjerdedel av satsen i hver av de fire terminene i 2024 (per 31.03, 30.06, 30.09 og 31.12): en fjerdedel av 100 001 kr = 25 000,25 kr per termin (R-IG-5).
          2023-10-13 |            | 3 | 31.03.2025 primo april 2025: AR-3 QUARTER -; 30.06.2025 primo juli 2025: AR-3 QUARTER -; 30.09.2025 primo oktober 2025: AR-3 QUARTER -; 31.12.2025 medio desember 2025: AR-3 QUARTER -                                 | Utbetales med en fjerdedel av satsen i hver av de fire terminene i 2025 (per 31.03, 30.06, 30.09 og 31.12); beløpet er ukjent uten sats (R-IG-5).
          2023-01-01 | 2023-01-01 | 5 | 31.03.2027 primo april 2027: AR-5 QUARTER -; 30.06.2027 primo juli 2027: AR-5 QUARTER -; 30.09.2027 primo oktober 2027: AR-5 QUARTER -; 31.12.2027 medio desember 2027: AR-5 QUARTER -                                 | i hver av de fire terminene i 2027
          2023-11-01 | 2024-05-10 | 2 | 30.06.2024 primo juli 2024: AR-2 QUARTER 25000.25; 30.06.2024 primo juli 2024: AR-2 QUARTER 25000.25; 30.09.2024 primo oktober 2024: AR-2 QUARTER 25000.25; 31.12.2024 medio desember 2024: AR-2 QUARTER 25000.25   | Terminer før registrert bosatt 10.05.2024 utbetales i terminen per 30.06.2024.
          2023-12-31 | 2024-03-31 | 2 | 31.03.2024 primo april 2024: AR-2 QUARTER 25000.25; 30.06.2024 primo juli 2024: AR-2 QUARTER 25000.25; 30.09.2024 primo oktober 2024: AR-2 QUARTER 25000.25; 31.12.2024 medio desember 2024: AR-2 QUARTER 25000.25 | en fjerdedel av 100 001 kr = 25 000,25 kr per termin (R-IG-5).
          """)
  void R_IG_5_laterYearsArePaidAQuarterPerInstalment(
      String settlement,
      String registration,
      int grantYear,
      String expectedInstalments,
      String norwegianReason) {
    SettledPerson person =
        new SettledPerson(
            date(settlement),
            date("1990-01-01"),
            Household.SINGLE_ADULT,
            false,
            false,
            null,
            date(registration));

    GrantYearEntry year = Fixtures.schedule(person).years().get(grantYear - 1);

    assertThat(describe(year.instalments())).isEqualTo(expectedInstalments);
    assertThat(year.explanation().norwegian()).contains(norwegianReason);
    assertThat(year.explanation().norwegian().contains("Terminer før registrert bosatt"))
        .isEqualTo(norwegianReason.startsWith("Terminer før"));
  }

  @ParameterizedTest(name = "rate {0}: {1} x 3 + {2}")
  @DisplayName("R-IG-5 the four quarters of a rate add up exactly, to the øre")
  @CsvSource({
    "241100, 60275.00, 60275.00",
    "194400, 48600.00, 48600.00",
    "100001, 25000.25, 25000.25",
    "100002, 25000.50, 25000.50",
    "100.01, 25.00, 25.01",
    "0.03, 0.00, 0.03"
  })
  void R_IG_5_quartersAddUpExactlyToTheRate(String rate, String quarter, String last) {
    List<Nok> quarters = InstalmentPlan.quarters(nok(rate));

    assertThat(quarters).containsExactly(nok(quarter), nok(quarter), nok(quarter), nok(last));
    assertThat(quarters.stream().reduce(Nok.ZERO, Nok::plus)).isEqualTo(nok(rate));
  }

  @org.junit.jupiter.api.Test
  @DisplayName(
      "R-IG-5 one calculator: a late registration is caught up for that person only, and the"
          + " years it shares with others stay the same before and after it")
  void R_IG_5_oneCalculatorKeepsALateRegistrationToItsPerson() {
    IntegrationGrantCalculator calculator = Fixtures.calculator();
    SettledPerson inTime =
        new SettledPerson(
            date("2022-05-02"),
            date("1990-01-01"),
            Household.SINGLE_ADULT,
            false,
            false,
            null,
            null);
    // settled in 2022, registered only on 15.08.2024: grant year 3 (2024) is caught up
    SettledPerson late =
        new SettledPerson(
            date("2022-05-02"),
            date("1990-01-01"),
            Household.SINGLE_ADULT,
            false,
            false,
            null,
            date("2024-08-15"));

    String before = describe(calculator.schedule(inTime).years().get(2).instalments());
    String caughtUp = describe(calculator.schedule(late).years().get(2).instalments());
    String after = describe(calculator.schedule(inTime).years().get(2).instalments());

    assertThat(before)
        .startsWith("31.03.2024 primo april 2024: AR-3 QUARTER")
        .isEqualTo(after)
        .isEqualTo(describe(Fixtures.schedule(inTime).years().get(2).instalments()));
    assertThat(caughtUp)
        .startsWith("30.09.2024 primo oktober 2024: AR-3 QUARTER")
        .contains("; 30.09.2024 primo oktober 2024: AR-3 QUARTER")
        .contains("31.12.2024 medio desember 2024: AR-3 QUARTER");
    assertThat(calculator.schedule(late).years().get(2).explanation().norwegian())
        .contains("15.08.2024");
    assertThat(calculator.schedule(inTime).years().get(2).explanation().norwegian())
        .doesNotContain("15.08.2024");
  }

  private static String describe(List<Instalment> instalments) {
    return instalments.stream()
        .map(
            i ->
                Formats.date(i.basisDate())
                    + " "
                    + i.payout()
                    + ": "
                    + i.code()
                    + " "
                    + i.share()
                    + " "
                    + (i.amount() == null ? "-" : i.amount().amount().toPlainString()))
        .collect(Collectors.joining("; "));
  }

  private static YearMonth expectedPayout(Instalment instalment) {
    int month = instalment.basisDate().getMonthValue();
    return YearMonth.of(instalment.basisDate().getYear(), month == 12 ? 12 : month + 1);
  }
}
