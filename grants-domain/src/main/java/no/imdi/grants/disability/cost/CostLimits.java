package no.imdi.grants.disability.cost;

import no.imdi.grants.shared.DecimalRange;

/**
 * The ranges a cost calculation (R-COST-7) accepts, so that no input can make its arithmetic
 * unbounded. A line's hours lie within one grant year (R-GY-1: a year lasts one year, at most 366
 * days of 24 hours), in hundredths. The hourly pay is a direct wage (R-COST-2) of at most 10 000
 * kr, well above any municipal wage, in øre. Holiday pay (*feriepenger*) and the employer's pension
 * share are fractions of pay (R-COST-3: holiday pay is 0.102 to 0.143, allowed up to 0.2; pension
 * up to 0.3), to a hundredth of a percentage point. An application has at most 50 measures of at
 * most 100 lines each, and names and roles have at most 200 characters.
 */
public final class CostLimits {

  public static final int MAX_MEASURES = 50;
  public static final int MAX_LINES_PER_MEASURE = 100;
  public static final int MAX_TEXT_LENGTH = 200;

  /** R-GY-1: the hours of a leap grant year. */
  public static final int MAX_HOURS = 24 * 366;

  public static final int MAX_HOURLY_PAY = 10_000;

  /** R-COST-3, as a fraction. */
  public static final String MAX_HOLIDAY_PAY_RATE = "0.2";

  /** R-COST-3, as a fraction. */
  public static final String MAX_PENSION_RATE = "0.3";

  public static final int HOURS_DECIMALS = 2;
  public static final int PAY_DECIMALS = 2;
  public static final int RATE_DECIMALS = 4;

  public static final DecimalRange HOURS = DecimalRange.of("0", "" + MAX_HOURS, HOURS_DECIMALS);
  public static final DecimalRange HOURLY_PAY =
      DecimalRange.of("0", "" + MAX_HOURLY_PAY, PAY_DECIMALS);
  public static final DecimalRange HOLIDAY_PAY_RATE =
      DecimalRange.of("0", MAX_HOLIDAY_PAY_RATE, RATE_DECIMALS);
  public static final DecimalRange PENSION_RATE =
      DecimalRange.of("0", MAX_PENSION_RATE, RATE_DECIMALS);

  private CostLimits() {}
}
