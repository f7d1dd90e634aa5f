package no.imdi.grants.integrationgrant;

import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.Reasoned;

/**
 * The integration grant period (R-IG-2): the settlement year and the following calendar years,
 * grant years 1..n, where grant year n is the calendar year of settlement + n - 1. Normally five
 * years; a family member who came by family immigration to a person with residence on humanitarian
 * grounds triggers the number of years in the settings ([verify], 3 in secondary sources).
 */
public record GrantPeriod(int firstCalendarYear, int years) {

  static final String RULE = "R-IG-2";
  static final int FULL_YEARS = 5;

  public GrantPeriod {
    if (years < 1 || years > FULL_YEARS) {
      throw new IllegalArgumentException("years must be 1 to " + FULL_YEARS + ", was " + years);
    }
  }

  /** The period of a person, with the reason for its length. */
  public static Reasoned<GrantPeriod> of(SettledPerson person, IntegrationGrantSettings settings) {
    int first = person.settlementDate().getYear();
    if (!person.familyOfHumanitarian()) {
      GrantPeriod period = new GrantPeriod(first, FULL_YEARS);
      return Reasoned.of(
          period,
          RULE,
          "R-IG-2.period",
          period.calendarYears(),
          FULL_YEARS,
          first,
          person.settlementDate());
    }
    GrantPeriod period = new GrantPeriod(first, settings.familyOfHumanitarianYears());
    String key =
        settings.familyOfHumanitarianYearsVerified()
            ? "R-IG-2.period.humanitarian"
            : "R-IG-2.period.humanitarian.unverified";
    return Reasoned.of(
        period, RULE, key, period.calendarYears(), period.years, person.settlementDate());
  }

  /** The calendar year of grant year {@code grantYear} (1-based). */
  public int calendarYear(int grantYear) {
    if (grantYear < 1 || grantYear > years) {
      throw new IllegalArgumentException("grantYear must be 1 to " + years + ", was " + grantYear);
    }
    return firstCalendarYear + grantYear - 1;
  }

  public int lastCalendarYear() {
    return firstCalendarYear + years - 1;
  }

  /** The calendar years, as explanations write them: {@code 2023–2027}, or {@code 2023}. */
  public ReasonArgs.Years calendarYears() {
    return ReasonArgs.years(firstCalendarYear, lastCalendarYear());
  }
}
