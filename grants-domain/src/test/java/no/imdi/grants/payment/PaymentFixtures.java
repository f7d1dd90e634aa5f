package no.imdi.grants.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Nok;

/**
 * A test rate table (invented amounts, the same every year 2020-2026, never the demo's), the
 * default settings, and a way to write owed lines as one line of text a test can compare.
 */
final class PaymentFixtures {

  static final RateTable RATES = rates();
  static final PaymentSettings SETTINGS =
      new PaymentSettings(
          IntegrationGrantSettings.withDefaultMoveSplit(3, false),
          PayoutSetting.DEFAULT,
          true,
          false);

  private PaymentFixtures() {}

  private static RateTable rates() {
    List<Rate> rows = new ArrayList<>();
    for (int year = 2020; year <= 2026; year++) {
      rows.add(rate(RateCode.AR_1_EV, year, 260_000));
      rows.add(rate(RateCode.AR_1, year, 210_000));
      rows.add(rate(RateCode.AR_1_B, year, 190_000));
      rows.add(rate(RateCode.AR_2, year, 104_000));
      rows.add(rate(RateCode.AR_3, year, 84_000));
      rows.add(rate(RateCode.AR_4, year, 72_000));
      rows.add(rate(RateCode.AR_5, year, 60_002));
      rows.add(rate(RateCode.ELDR, year, 180_000));
      rows.add(rate(RateCode.BHT, year, 28_000));
      rows.add(rate(RateCode.EMINB, year, 1_200_000));
      rows.add(rate(RateCode.EMINU, year, 760_000));
    }
    return new InMemoryRateTable(rows);
  }

  private static Rate rate(RateCode code, int year, long kroner) {
    return new Rate(code, year, Nok.of(BigDecimal.valueOf(kroner)), true, "test");
  }

  static LocalDate date(String iso) {
    return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
  }

  /** {@code 0301 P1/AR-2/2025-Q1 31.03.2025 26000.00}, sorted, joined by "; ". */
  static String describe(List<OwedLine> lines) {
    return lines.stream()
        .sorted(
            Comparator.comparing(OwedLine::entitlementKey).thenComparing(OwedLine::municipality))
        .map(
            l ->
                l.municipality()
                    + " "
                    + l.entitlementKey()
                    + " "
                    + no.imdi.grants.shared.Formats.date(l.dueBasis())
                    + " "
                    + Ore.kroner(l.amountOre()).toPlainString()
                    + (l.timeBarred() ? " barred" : ""))
        .collect(Collectors.joining("; "));
  }

  static long total(List<OwedLine> lines) {
    return lines.stream().filter(l -> !l.timeBarred()).mapToLong(OwedLine::amountOre).sum();
  }
}
