package no.imdi.grants.disability;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Nok;

/**
 * The rate rows of R-RATE-2 (DOMAIN.md, seed 004) as a fresh in-memory table for each test; 2025
 * and later have no rows.
 */
final class TestRates {

  private static final String SOURCE = "imdi.no, T1/T2 (seed 004)";

  private TestRates() {}

  static RateTable domainTable() {
    return new InMemoryRateTable(domainRows());
  }

  static List<Rate> domainRows() {
    List<Rate> rows = new ArrayList<>();
    rows.add(verified(RateCode.T1, 2021, 196_400));
    rows.add(verified(RateCode.T2, 2021, 1_430_000));
    rows.add(verified(RateCode.T1, 2022, 196_400));
    rows.add(verified(RateCode.T2, 2022, 1_520_000));
    rows.add(verified(RateCode.T1, 2023, 196_400));
    rows.add(verified(RateCode.T2, 2023, 1_520_000));
    rows.add(verified(RateCode.T2_SPECIAL_HOUSING, 2023, 2_500_000));
    rows.add(verified(RateCode.T1, 2024, 196_400));
    rows.add(verified(RateCode.T2, 2024, 1_608_000));
    rows.add(verified(RateCode.T2_SPECIAL_HOUSING, 2024, 2_500_000));
    return rows;
  }

  static Rate verified(RateCode code, int year, long kroner) {
    return new Rate(code, year, Nok.kroner(kroner), true, SOURCE);
  }

  static Rate unverified(RateCode code, int year, long kroner) {
    return new Rate(code, year, Nok.kroner(kroner), false, "entered, not yet checked");
  }
}
