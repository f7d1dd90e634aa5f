package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Nok;

/**
 * Test data built fresh for every call: the 2023 [verify] example rates of DOMAIN.md as unverified
 * rows, one verified test-only row (AR-2 2024, not a real rate, chosen so quarters have øre), and
 * no rows at all for AR-1-B or for 2025 and later.
 */
final class Fixtures {

  static final String DOMAIN_EXAMPLE = "DOMAIN.md [verify] example, probably 2023";
  static final String TEST_ONLY = "test fixture, not a real rate";

  private Fixtures() {}

  static RateTable rates() {
    return new InMemoryRateTable(
        List.of(
            unverified(RateCode.AR_1_EV, 2023, 241_100),
            unverified(RateCode.AR_1, 2023, 194_400),
            unverified(RateCode.ELDR, 2023, 180_600),
            unverified(RateCode.BHT, 2023, 27_800),
            unverified(RateCode.EMINB, 2023, 1_118_000),
            unverified(RateCode.EMINU, 2023, 705_000),
            new Rate(RateCode.AR_2, 2024, Nok.kroner(100_001), true, TEST_ONLY)));
  }

  static IntegrationGrantSettings settings(int familyOfHumanitarianYears, boolean verified) {
    return IntegrationGrantSettings.withDefaultMoveSplit(familyOfHumanitarianYears, verified);
  }

  static IntegrationGrantSettings unverifiedSettings() {
    return settings(3, false);
  }

  static IntegrationGrantCalculator calculator() {
    return new IntegrationGrantCalculator(rates(), unverifiedSettings());
  }

  static IntegrationGrantSchedule schedule(SettledPerson person) {
    return calculator().schedule(person);
  }

  static SettledPerson adult(Household household, String settlement, String birth) {
    return SettledPerson.of(date(settlement), date(birth), household, false, false);
  }

  static LocalDate date(String iso) {
    return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
  }

  static Nok nok(String amount) {
    return amount == null || amount.isBlank() ? null : Nok.of(new java.math.BigDecimal(amount));
  }

  private static Rate unverified(RateCode code, int year, long kroner) {
    return new Rate(code, year, Nok.kroner(kroner), false, DOMAIN_EXAMPLE);
  }
}
