package no.imdi.grants.disability.cost;

import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.shared.DecimalRange;

/**
 * Checks a cost calculation's input before any arithmetic, and names the first faulty field by its
 * place in the application ({@code measures[0].lines[1].hours}) so the REST layer can answer 400.
 * Every number must lie in its range of {@link CostLimits} (hours within a grant year, R-GY-1;
 * rates as fractions, R-COST-3), so the arithmetic stays bounded whatever is sent.
 */
final class CostInputValidator {

  private CostInputValidator() {}

  static void validate(ContributionZone zone, List<Measure> measures) {
    require(zone != null, "zone is missing");
    require(measures != null, "measures is missing");
    require(!measures.isEmpty(), "measures must hold at least one measure");
    require(
        measures.size() <= CostLimits.MAX_MEASURES,
        "measures can hold at most " + CostLimits.MAX_MEASURES + " measures");
    for (int m = 0; m < measures.size(); m++) {
      String path = "measures[" + m + "]";
      Measure measure = measures.get(m);
      require(measure != null, path + " is missing");
      text(measure.name(), path + ".name");
      require(measure.lines() != null, path + ".lines is missing");
      require(!measure.lines().isEmpty(), path + ".lines must hold at least one cost line");
      require(
          measure.lines().size() <= CostLimits.MAX_LINES_PER_MEASURE,
          path + ".lines can hold at most " + CostLimits.MAX_LINES_PER_MEASURE + " cost lines");
      for (int l = 0; l < measure.lines().size(); l++) {
        validate(measure.lines().get(l), path + ".lines[" + l + "]");
      }
    }
  }

  private static void validate(CostLine line, String path) {
    require(line != null, path + " is missing");
    text(line.role(), path + ".role");
    require(line.category() != null, path + ".category is missing");
    require(line.hourlyPay() != null, path + ".hourlyPay is missing");
    BigDecimal pay = line.hourlyPay().amount();
    require(pay.signum() >= 0, path + ".hourlyPay must not be negative, was " + line.hourlyPay());
    within(pay, CostLimits.HOURLY_PAY, path + ".hourlyPay", " kr");
    require(line.hours() != null, path + ".hours is missing");
    require(
        line.hours().signum() >= 0,
        path + ".hours must not be negative, was " + shown(line.hours()));
    within(line.hours(), CostLimits.HOURS, path + ".hours", " hours (24 x 366, R-GY-1)");
    rate(line.holidayPayRate(), CostLimits.HOLIDAY_PAY_RATE, path + ".holidayPayRate");
    rate(line.pensionRate(), CostLimits.PENSION_RATE, path + ".pensionRate");
  }

  private static void within(BigDecimal value, DecimalRange range, String field, String unit) {
    require(
        range.contains(value),
        field + " must be at most " + range.max().toPlainString() + unit + ", was " + shown(value));
    require(
        range.hasAllowedDecimals(value),
        field + " can have at most " + range.decimals() + " decimals");
  }

  private static void rate(BigDecimal rate, DecimalRange range, String field) {
    require(rate != null, field + " is missing");
    require(
        range.contains(rate),
        field
            + " must be a fraction between 0 and "
            + range.max().toPlainString()
            + " (0.12 for 12 %), was "
            + shown(rate));
    require(
        range.hasAllowedDecimals(rate),
        field + " can have at most " + range.decimals() + " decimals");
  }

  private static void text(String text, String field) {
    require(text != null && !text.isBlank(), field + " is missing");
    require(
        text.length() <= CostLimits.MAX_TEXT_LENGTH,
        field + " can have at most " + CostLimits.MAX_TEXT_LENGTH + " characters");
  }

  /** The value as sent, in scientific notation when it is far from the allowed values. */
  private static String shown(BigDecimal value) {
    return Math.abs((long) value.precision() - value.scale()) > 20
        ? value.toString()
        : value.toPlainString();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
