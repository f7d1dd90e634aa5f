package no.imdi.grants.disability.cost;

import java.math.BigDecimal;
import no.imdi.grants.shared.Nok;

/**
 * One line of a measure's cost calculation as the municipality enters it: a role (*stilling*), its
 * hourly pay, the hours and what they were spent on (R-COST-2), the holiday-pay rate
 * (*feriepenger*: 0.102, 0.12 with a fifth holiday week, plus 2.3 points over 60 on pay up to 6 G)
 * and the employer's pension rate (R-COST-3), rates as fractions. The line holds what was entered,
 * even when invalid, so that {@link CostCalculator} can name the faulty field with its place in the
 * application ({@code measures[0].lines[1].hours}).
 */
public record CostLine(
    String role,
    Nok hourlyPay,
    BigDecimal hours,
    TimeCategory category,
    BigDecimal holidayPayRate,
    BigDecimal pensionRate) {

  /** A line of direct user time (R-COST-2), the usual case. */
  public static CostLine directUserTime(
      String role,
      Nok hourlyPay,
      BigDecimal hours,
      BigDecimal holidayPayRate,
      BigDecimal pensionRate) {
    return new CostLine(
        role, hourlyPay, hours, TimeCategory.DIRECT_USER_TIME, holidayPayRate, pensionRate);
  }
}
