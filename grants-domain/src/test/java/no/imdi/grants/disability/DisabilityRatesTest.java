package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisabilityRatesTest {

  @ParameterizedTest(name = "settled {0}, year {1}: rate year {2}, T1 {3}, T2 {4}")
  @DisplayName("R-RATE-1: the rate of the calendar year in which the grant year starts")
  @CsvSource({
    // seed 004: the period 02.02.2023–01.02.2024 uses 2023
    "2023-02-02, 1, 2023, 196400, 1520000",
    // seed 004: settled 13.10.2023
    "2023-10-13, 1, 2023, 196400, 1520000",
    "2023-10-13, 2, 2024, 196400, 1608000",
    "2023-10-13, 3, 2025, , ",
    // nearly all of the year is in 2024, but it starts in 2023
    "2023-12-31, 1, 2023, 196400, 1520000",
    "2024-01-01, 1, 2024, 196400, 1608000",
    "2021-10-13, 1, 2021, 196400, 1430000",
    "2021-10-13, 2, 2022, 196400, 1520000",
    "2020-10-13, 1, 2020, , "
  })
  void R_RATE_1_rateOfTheYearTheGrantYearStarts(
      LocalDate settled, int grantYear, int rateYear, Long t1, Long t2) {
    DisabilityRates rates = new DisabilityRates(TestRates.domainTable());
    GrantYear year = GrantYear.of(settled, grantYear);

    AppliedRate t1Amount = rates.t1Amount(year);
    AppliedRate t2Cap = rates.t2Cap(year, UdiHousing.NONE, settled);

    assertThat(DisabilityRates.rateYear(year)).isEqualTo(rateYear);
    assertThat(t1Amount.rateYear()).isEqualTo(rateYear);
    assertThat(t1Amount.amount()).isEqualTo(t1 == null ? null : Nok.kroner(t1));
    assertThat(t2Cap.amount()).isEqualTo(t2 == null ? null : Nok.kroner(t2));
    assertThat(t2Cap.verified()).isEqualTo(t2 != null);
    assertThat(t2Cap.rules()).containsExactly("R-RATE-1", "R-RATE-2");
  }

  @ParameterizedTest(name = "settled {0} from {1}, year {2}: {3} {4}")
  @DisplayName("R-RATE-2: T2 cap, higher for UDI's care solutions after 16 June 2023")
  @CsvSource({
    "2023-06-16, SAERSKILT_BO_OG_OMSORG, 1, T2, 1520000",
    "2023-06-17, SAERSKILT_BO_OG_OMSORG, 1, T2_SPECIAL_HOUSING, 2500000",
    "2023-06-16, SAERSKILT_PLEIE_OG_OMSORG, 1, T2, 1520000",
    "2023-06-17, SAERSKILT_PLEIE_OG_OMSORG, 1, T2_SPECIAL_HOUSING, 2500000",
    "2023-06-17, TILRETTELAGT_AVDELING, 1, T2, 1520000",
    "2023-06-17, NONE, 1, T2, 1520000",
    "2023-06-17, SAERSKILT_BO_OG_OMSORG, 2, T2_SPECIAL_HOUSING, 2500000",
    "2023-06-16, SAERSKILT_BO_OG_OMSORG, 2, T2, 1608000",
    // no special rate known for 2025: no amount, and no fallback to the ordinary T2 rate
    "2023-06-17, SAERSKILT_BO_OG_OMSORG, 3, T2_SPECIAL_HOUSING, ",
    "2024-02-29, SAERSKILT_PLEIE_OG_OMSORG, 1, T2_SPECIAL_HOUSING, 2500000"
  })
  void R_RATE_2_t2CapAndTheSpecialHousingRate(
      LocalDate settled, UdiHousing housing, int grantYear, RateCode code, Long cap) {
    DisabilityRates rates = new DisabilityRates(TestRates.domainTable());

    AppliedRate t2Cap = rates.t2Cap(GrantYear.of(settled, grantYear), housing, settled);

    assertThat(t2Cap.code()).isEqualTo(code);
    assertThat(t2Cap.amount()).isEqualTo(cap == null ? null : Nok.kroner(cap));
  }

  @Test
  @DisplayName("R-RATE-2: the T1 explanation gives amount, year and that the row is verified")
  void R_RATE_2_t1Explanation() {
    AppliedRate t1 =
        new DisabilityRates(TestRates.domainTable())
            .t1Amount(GrantYear.of(LocalDate.of(2023, 10, 13), 1));

    assertThat(t1.amount()).isEqualTo(Nok.kroner(196_400));
    assertThat(t1.verified()).isTrue();
    assertThat(t1.explanation().norwegian())
        .isEqualTo(
            "T1: 196 400 kr, satsen for 2023, året tilskuddsår 1 (13.10.2023–12.10.2024) starter"
                + " (R-RATE-1, R-RATE-2; verifisert sats).");
  }

  @Test
  @DisplayName("R-RATE-2: the special rate names the settlement after 16.06.2023")
  void R_RATE_2_specialExplanation() {
    LocalDate settled = LocalDate.of(2023, 6, 17);
    AppliedRate t2 =
        new DisabilityRates(TestRates.domainTable())
            .t2Cap(GrantYear.of(settled, 1), UdiHousing.SAERSKILT_BO_OG_OMSORG, settled);

    assertThat(t2.explanation().norwegian())
        .isEqualTo(
            "T2 for personer bosatt fra særskilt bo- og omsorgsløsning etter 16.06.2023 (bosatt"
                + " 17.06.2023): inntil 2 500 000 kr, satsen for 2023, året tilskuddsår 1"
                + " (17.06.2023–16.06.2024) starter (R-RATE-1, R-RATE-2; verifisert sats).");
  }

  @Test
  @DisplayName("R-RATE-2: an unknown rate is named as unknown, never guessed")
  void R_RATE_2_unknownRate() {
    AppliedRate t1 =
        new DisabilityRates(TestRates.domainTable())
            .t1Amount(GrantYear.of(LocalDate.of(2023, 10, 13), 3));

    assertThat(t1.known()).isFalse();
    assertThat(t1.verified()).isFalse();
    assertThat(t1.explanation().english())
        .isEqualTo(
            "No rate is known for T1 in 2025, the year grant year 3 (13.10.2025–12.10.2026)"
                + " starts (R-RATE-1, R-RATE-2); the amount cannot be given until an"
                + " administrator enters the rate.");
  }

  @Test
  @DisplayName("R-RATE-2: an unverified row is shown as not verified")
  void R_RATE_2_unverifiedRow() {
    DisabilityRates rates =
        new DisabilityRates(
            new InMemoryRateTable(List.of(TestRates.unverified(RateCode.T2, 2025, 1_700_000))));

    AppliedRate t2 =
        rates.t2Cap(
            GrantYear.of(LocalDate.of(2025, 3, 1), 1), UdiHousing.NONE, LocalDate.of(2025, 3, 1));

    assertThat(t2.amount()).isEqualTo(Nok.kroner(1_700_000));
    assertThat(t2.verified()).isFalse();
    assertThat(t2.explanation().english()).endsWith("(R-RATE-1, R-RATE-2; rate not verified).");
  }
}
