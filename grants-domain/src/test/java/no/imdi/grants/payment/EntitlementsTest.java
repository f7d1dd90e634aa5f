package no.imdi.grants.payment;

import static no.imdi.grants.payment.PaymentFixtures.date;
import static no.imdi.grants.payment.PaymentFixtures.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.integrationgrant.MoveSplit;
import no.imdi.grants.integrationgrant.MoveSplitter;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is owed per person up to a basis date, with amounts computed by hand from the test rates.
 */
class EntitlementsTest {

  private final Entitlements entitlements =
      new Entitlements(PaymentFixtures.RATES, PaymentFixtures.SETTINGS);

  private static PaymentPerson adult(String settled, String registered, Residence residence) {
    SettledPerson person =
        new SettledPerson(
            date(settled),
            LocalDate.of(1990, 1, 1),
            Household.SINGLE_ADULT,
            false,
            false,
            null,
            date(registered));
    return new PaymentPerson(1, person, residence, List.of());
  }

  @ParameterizedTest(name = "registered {1}, basis {2}")
  @DisplayName(
      "R-IG-5 year 1 whole after registration, later years in quarters, late ones caught up")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-02-10 | 2024-02-10 | 2024-03-31 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00
          2024-02-10 | 2024-02-10 | 2025-06-30 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00; 0301 P1/AR-2/2025-Q1 31.03.2025 26000.00; 0301 P1/AR-2/2025-Q2 30.06.2025 26000.00
          2024-02-10 | 2025-05-05 | 2025-03-31 |
          2024-02-10 | 2025-05-05 | 2025-06-30 | 0301 P1/AR-1-EV/2024 30.06.2025 260000.00; 0301 P1/AR-2/2025-Q1 30.06.2025 26000.00; 0301 P1/AR-2/2025-Q2 30.06.2025 26000.00
          """)
  void R_IG_5_linesDueUpToTheBasis(
      String settled, String registered, String basis, String expected) {
    List<OwedLine> lines =
        entitlements.owed(adult(settled, registered, Residence.in("0301")), date(basis));

    assertThat(describe(lines)).isEqualTo(expected == null ? "" : expected);
    assertThat(lines).allSatisfy(l -> assertThat(l.rules()).contains("R-IG-5"));
  }

  @ParameterizedTest(name = "moved {0}, basis {1}")
  @DisplayName("R-IG-6 a move splits year 1 by the year's days and a quarter by the quarter's days")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2025-05-16 | 2025-03-31 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00; 0301 P1/AR-2/2025-Q1 31.03.2025 26000.00
          2025-05-16 | 2025-06-30 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00; 0301 P1/AR-2/2025-Q1 31.03.2025 26000.00; 0301 P1/AR-2/2025-Q2 30.06.2025 12857.00; 4601 P1/AR-2/2025-Q2 30.06.2025 13143.00
          2025-05-16 | 2025-12-31 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00; 0301 P1/AR-2/2025-Q1 31.03.2025 26000.00; 0301 P1/AR-2/2025-Q2 30.06.2025 12857.00; 4601 P1/AR-2/2025-Q2 30.06.2025 13143.00; 4601 P1/AR-2/2025-Q3 30.09.2025 26000.00; 4601 P1/AR-2/2025-Q4 31.12.2025 26000.00
          2024-08-01 | 2024-06-30 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00
          2024-08-01 | 2024-09-30 | 0301 P1/AR-1-EV/2024 31.03.2024 151311.00; 4601 P1/AR-1-EV/2024 30.09.2024 108689.00
          2025-04-01 | 2025-06-30 | 0301 P1/AR-1-EV/2024 31.03.2024 260000.00; 0301 P1/AR-2/2025-Q1 31.03.2025 26000.00; 4601 P1/AR-2/2025-Q2 30.06.2025 26000.00
          """)
  void R_IG_6_aMoveMidYearSplitsByDays(String moved, String basis, String expected) {
    Residence residence = new Residence("0301", List.of(new Residence.Move(date(moved), "4601")));

    List<OwedLine> lines = entitlements.owed(adult("2024-02-10", null, residence), date(basis));

    assertThat(describe(lines)).isEqualTo(expected);
  }

  @Test
  @DisplayName("R-IG-6 year 1's split is the existing MoveSplitter's, to the krone")
  void R_IG_6_yearOneSplitEqualsMoveSplitter() {
    MoveSplit split =
        new MoveSplitter(IntegrationGrantSettings.withDefaultMoveSplit(3, false))
            .split("AR-1-EV", Nok.kroner(260_000), LocalDate.of(2024, 8, 1))
            .value();
    Residence residence =
        new Residence("0301", List.of(new Residence.Move(LocalDate.of(2024, 8, 1), "4601")));

    List<OwedLine> lines =
        entitlements.owed(adult("2024-02-10", null, residence), LocalDate.of(2024, 9, 30));

    assertThat(lines)
        .extracting(OwedLine::amountOre)
        .containsExactly(Ore.of(split.oldMunicipality()), Ore.of(split.newMunicipality()));
    assertThat(lines.get(1).reason().text(Locale.ENGLISH))
        .isEqualTo(
            "AR-1-EV for 2024: 108 689 kr in the instalment of 30.09.2024, 153 of the year's 366 days"
                + " of 260 000 kr (R-IG-6: a move, split pro rata by days; R-IG-4, R-IG-5).");
  }

  @ParameterizedTest(name = "catch-up {0}")
  @DisplayName("R-EM-2 EM quarters, EMINB up to the year of 16, EMINU from the year of 17")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          true  | 0301 P1/EMINB/2024-Q1 30.06.2024 300000.00; 0301 P1/EMINB/2024-Q2 30.06.2024 300000.00; 0301 P1/EMINB/2024-Q3 30.09.2024 300000.00; 0301 P1/EMINB/2024-Q4 31.12.2024 300000.00; 0301 P1/EMINU/2025-Q1 31.03.2025 190000.00; 0301 P1/EMINU/2025-Q2 30.06.2025 190000.00 | 1580000
          false | 0301 P1/EMINB/2024-Q2 30.06.2024 300000.00; 0301 P1/EMINB/2024-Q3 30.09.2024 300000.00; 0301 P1/EMINB/2024-Q4 31.12.2024 300000.00; 0301 P1/EMINU/2025-Q1 31.03.2025 190000.00; 0301 P1/EMINU/2025-Q2 30.06.2025 190000.00 | 1280000
          """)
  void R_EM_2_quartersAcrossTheBirthdayYear(boolean catchUp, String expected, long totalKroner) {
    SettledPerson minor =
        new SettledPerson(
            LocalDate.of(2024, 5, 10),
            LocalDate.of(2008, 3, 1),
            Household.CHILD,
            true,
            false,
            null,
            null);
    PaymentSettings settings =
        new PaymentSettings(
            PaymentFixtures.SETTINGS.integrationGrant(), PayoutSetting.DEFAULT, catchUp, false);

    List<OwedLine> lines =
        new Entitlements(PaymentFixtures.RATES, settings)
            .owed(
                new PaymentPerson(1, minor, Residence.in("0301"), List.of()),
                LocalDate.of(2025, 6, 30));

    List<OwedLine> em =
        lines.stream().filter(l -> l.group() == PaymentGroup.UNACCOMPANIED_MINOR).toList();
    assertThat(describe(em)).isEqualTo(expected);
    assertThat(PaymentFixtures.total(em)).isEqualTo(totalKroner * 100);
    assertThat(describe(lines))
        .contains("0301 P1/AR-1-B/2024 30.06.2024 190000.00")
        .contains("0301 P1/AR-2/2025-Q2 30.06.2025 26000.00");
  }

  @ParameterizedTest(name = "basis {0}, whole {1}")
  @DisplayName("R-T2-5 the T1 amount is deducted from the T2 payout (R-PAY-2 whole or quarters)")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-06-30 | true  | 0301 P1/FHT1/A11 31.03.2024 196400.00
          2024-09-30 | true  | 0301 P1/FHT1/A11 31.03.2024 196400.00; 0301 P1/FHT2/A12 30.09.2024 303600.00
          2025-06-30 | false | 0301 P1/FHT1/A11-Q1 31.03.2024 49100.00; 0301 P1/FHT1/A11-Q2 30.06.2024 49100.00; 0301 P1/FHT1/A11-Q3 30.09.2024 49100.00; 0301 P1/FHT1/A11-Q4 31.12.2024 49100.00; 0301 P1/FHT2/A12-Q1 30.09.2024 75900.00; 0301 P1/FHT2/A12-Q2 31.12.2024 75900.00; 0301 P1/FHT2/A12-Q3 31.03.2025 75900.00; 0301 P1/FHT2/A12-Q4 30.06.2025 75900.00
          """)
  void R_T2_5_conversionDeductsT1(String basis, boolean whole, String expected) {
    List<ApprovedGrant> grants =
        List.of(
            new ApprovedGrant(
                11, GrantKind.T1, "0301", 19_640_000, LocalDate.of(2024, 3, 10), null),
            new ApprovedGrant(
                12, GrantKind.T2, "0301", 50_000_000, LocalDate.of(2024, 8, 20), 11L));
    PaymentPerson person =
        new PaymentPerson(
            1,
            adult("2024-02-10", null, Residence.in("0301")).person(),
            Residence.in("0301"),
            grants);
    PaymentSettings settings =
        new PaymentSettings(
            PaymentFixtures.SETTINGS.integrationGrant(),
            new PayoutSetting(whole, false),
            true,
            false);

    List<OwedLine> disability =
        new Entitlements(PaymentFixtures.RATES, settings)
            .owed(person, date(basis)).stream()
                .filter(l -> l.group() == PaymentGroup.DISABILITY)
                .toList();

    assertThat(describe(disability)).isEqualTo(expected);
    if (whole && disability.size() == 2) {
      assertThat(disability.get(1).rules()).containsExactly("R-T2-5", "R-PAY-2");
      assertThat(disability.get(1).reason().text(Locale.forLanguageTag("nb")))
          .isEqualTo(
              "FHT2: innvilget 500 000 kr fratrukket T1 196 400 kr gir 303 600 kr, vedtak godkjent"
                  + " 20.08.2024, utbetales i terminen per 30.09.2024 (R-T2-5, R-PAY-2).");
    }
  }

  @ParameterizedTest(name = "basis {0}")
  @DisplayName("R-IG-7 a line whose claim arose more than three years before the basis is barred")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-03-31 | 0    | 466000
          2024-06-30 | 1    | 224000
          """)
  void R_IG_7_nothingOwedPastTheLimitationDate(String basis, int barred, long owedKroner) {
    List<OwedLine> lines =
        entitlements.owed(adult("2021-01-10", null, Residence.in("0301")), date(basis));

    assertThat(lines.stream().filter(OwedLine::timeBarred).count()).isEqualTo(barred);
    assertThat(PaymentFixtures.total(lines)).isEqualTo(owedKroner * 100);
    if (barred > 0) {
      OwedLine line = lines.stream().filter(OwedLine::timeBarred).findFirst().orElseThrow();
      assertThat(line.entitlementKey()).isEqualTo("P1/AR-1-EV/2021");
      assertThat(line.rules()).contains("R-IG-7");
      assertThat(line.explanation().norwegian())
          .contains(
              "Foreldet: kravet oppsto ved terminen per 31.03.2021 og kunne kreves til og med"
                  + " 02.04.2024; terminen per 30.06.2024 er etter fristen");
    }
  }

  @Test
  @DisplayName("R-PAY-3 each code's payment group")
  void R_PAY_3_groups() {
    assertThat(PaymentGroup.of("BHT")).isEqualTo(PaymentGroup.INTEGRATION_YEAR_ONE);
    assertThat(PaymentGroup.of("AR-5")).isEqualTo(PaymentGroup.INTEGRATION_LATER_YEARS);
    assertThat(PaymentGroup.of("EMINU")).isEqualTo(PaymentGroup.UNACCOMPANIED_MINOR);
    assertThat(PaymentGroup.of("FHT1")).isEqualTo(PaymentGroup.DISABILITY);
    assertThat(PaymentGroup.INTEGRATION_LATER_YEARS.english())
        .isEqualTo("integration grant years 2-5");
  }
}
