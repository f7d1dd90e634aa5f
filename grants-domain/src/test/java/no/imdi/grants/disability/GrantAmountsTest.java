package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantAmountsTest {

  private static AppliedRate t1Rate(LocalDate settled, int grantYear) {
    RateTable table = TestRates.domainTable();
    return new DisabilityRates(table).t1Amount(GrantYear.of(settled, grantYear));
  }

  private static AppliedRate t2Cap(LocalDate settled, UdiHousing housing, int grantYear) {
    RateTable table = TestRates.domainTable();
    return new DisabilityRates(table).t2Cap(GrantYear.of(settled, grantYear), housing, settled);
  }

  @ParameterizedTest(name = "costs {0}, settled {1}, year {2}: {3}")
  @DisplayName("R-T1-1: T1 needs costs of at least 100 000 kr and is the T1 rate")
  @CsvSource({
    "99999, 2023-10-13, 1, ",
    "100000, 2023-10-13, 1, 196400",
    "150000, 2023-10-13, 2, 196400",
    "1000000, 2021-03-01, 1, 196400",
    // 13.10.2025 starts in 2025, which has no rate
    "150000, 2024-10-13, 2, "
  })
  void R_T1_1_costsOfAtLeast100000(long costs, LocalDate settled, int year, Long expected) {
    Reasoned<Nok> amount = GrantAmounts.t1(Nok.kroner(costs), t1Rate(settled, year));

    assertThat(amount.value()).isEqualTo(expected == null ? null : Nok.kroner(expected));
    assertThat(amount.rules()).contains("R-T1-1");
  }

  @ParameterizedTest(name = "costs {0}, settled {1} from {2}, year {3}: {4}")
  @DisplayName("R-T2-1: T2 needs costs of at least 200 000 kr and is the costs up to the cap")
  @CsvSource({
    "199999, 2023-10-13, NONE, 1, ",
    "200000, 2023-10-13, NONE, 1, 200000",
    "1520000, 2023-10-13, NONE, 1, 1520000",
    "1520001, 2023-10-13, NONE, 1, 1520000",
    "1700000, 2023-10-13, NONE, 2, 1608000",
    "1500000, 2021-10-13, NONE, 1, 1430000",
    "3000000, 2023-06-17, SAERSKILT_BO_OG_OMSORG, 1, 2500000",
    "3000000, 2023-06-16, SAERSKILT_BO_OG_OMSORG, 1, 1520000",
    // no rate for 2025: no amount
    "300000, 2023-10-13, NONE, 3, "
  })
  void R_T2_1_costsCappedByTheRate(
      long costs, LocalDate settled, UdiHousing housing, int year, Long expected) {
    Reasoned<Nok> amount = GrantAmounts.t2(Nok.kroner(costs), t2Cap(settled, housing, year));

    assertThat(amount.value()).isEqualTo(expected == null ? null : Nok.kroner(expected));
  }

  @Test
  @DisplayName("R-T2-1: the explanation shows the costs, the cap and the amount")
  void R_T2_1_explanation() {
    Reasoned<Nok> amount =
        GrantAmounts.t2(
            Nok.kroner(1_700_000), t2Cap(LocalDate.of(2023, 10, 13), UdiHousing.NONE, 1));

    assertThat(amount.explanation().english())
        .startsWith(
            "T2 is the costs of 1 700 000 kr capped by the rate 1 520 000 kr: 1 520 000 kr"
                + " (R-T2-1).");
    assertThat(amount.rules()).containsExactly("R-T2-1", "R-RATE-1", "R-RATE-2");
  }

  @Test
  @DisplayName("R-T1-1: costs below the minimum are explained")
  void R_T1_1_belowMinimum() {
    Reasoned<Nok> amount =
        GrantAmounts.t1(Nok.kroner(99_999), t1Rate(LocalDate.of(2023, 10, 13), 1));

    assertThat(amount.explanation().norwegian())
        .isEqualTo("Kostnadene 99 999 kr er under minstegrensen 100 000 kr for T1 (R-T1-1).");
  }
}
