package no.imdi.grants.disability.cost;

import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.shared.Nok;

/**
 * Checks a cost calculation's input before any arithmetic, and names the first faulty field by its
 * place in the application ({@code measures[0].lines[1].hours}) so the REST layer can answer 400.
 * Rates are fractions: holiday pay 0..0.2 (R-COST-3 rates go up to 0.143), pension 0..0.3.
 */
final class CostInputValidator {

  static final BigDecimal MAX_HOLIDAY_PAY_RATE = new BigDecimal("0.2");
  static final BigDecimal MAX_PENSION_RATE = new BigDecimal("0.3");

  private CostInputValidator() {}

  static void validate(ContributionZone zone, List<Measure> measures) {
    require(zone != null, "zone is missing");
    require(measures != null, "measures is missing");
    require(!measures.isEmpty(), "measures must hold at least one measure");
    for (int m = 0; m < measures.size(); m++) {
      String path = "measures[" + m + "]";
      Measure measure = measures.get(m);
      require(measure != null, path + " is missing");
      require(!isBlank(measure.name()), path + ".name is missing");
      require(measure.lines() != null, path + ".lines is missing");
      require(!measure.lines().isEmpty(), path + ".lines must hold at least one cost line");
      for (int l = 0; l < measure.lines().size(); l++) {
        validate(measure.lines().get(l), path + ".lines[" + l + "]");
      }
    }
  }

  private static void validate(CostLine line, String path) {
    require(line != null, path + " is missing");
    require(!isBlank(line.role()), path + ".role is missing");
    require(line.category() != null, path + ".category is missing");
    Nok pay = line.hourlyPay();
    require(pay != null, path + ".hourlyPay is missing");
    require(pay.amount().signum() >= 0, path + ".hourlyPay must not be negative, was " + pay);
    require(line.hours() != null, path + ".hours is missing");
    require(
        line.hours().signum() >= 0,
        path + ".hours must not be negative, was " + line.hours().toPlainString());
    rate(line.holidayPayRate(), MAX_HOLIDAY_PAY_RATE, path + ".holidayPayRate");
    rate(line.pensionRate(), MAX_PENSION_RATE, path + ".pensionRate");
  }

  private static void rate(BigDecimal rate, BigDecimal max, String field) {
    require(rate != null, field + " is missing");
    require(
        rate.signum() >= 0 && rate.compareTo(max) <= 0,
        field
            + " must be a fraction between 0 and "
            + max.toPlainString()
            + " (0.12 for 12 %), was "
            + rate.toPlainString());
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
