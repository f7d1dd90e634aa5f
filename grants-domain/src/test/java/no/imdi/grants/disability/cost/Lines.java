package no.imdi.grants.disability.cost;

import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.shared.Nok;

/** Builders for test input: each call makes fresh objects. */
final class Lines {

  private Lines() {}

  static CostLine line(String hourlyPay, String hours, String holidayRate, String pensionRate) {
    return line(TimeCategory.DIRECT_USER_TIME, hourlyPay, hours, holidayRate, pensionRate);
  }

  static CostLine line(
      TimeCategory category,
      String hourlyPay,
      String hours,
      String holidayRate,
      String pensionRate) {
    return new CostLine(
        "Miljøterapeut",
        Nok.of(new BigDecimal(hourlyPay)),
        new BigDecimal(hours),
        category,
        new BigDecimal(holidayRate),
        new BigDecimal(pensionRate));
  }

  /**
   * A line whose total is exactly {@code kroner} (up to 1 000 000) in zone V: a hundred hours, no
   * social costs.
   */
  static CostLine worth(long kroner) {
    return line(BigDecimal.valueOf(kroner, 2).toPlainString(), "100", "0", "0");
  }

  static CostCalculation calculate(ContributionZone zone, CostLine... lines) {
    return new CostCalculator().calculate(zone, List.of(Measure.of("Avlastning", lines)));
  }

  static LineCost single(ContributionZone zone, CostLine line) {
    return calculate(zone, line).measures().get(0).lines().get(0);
  }
}
