package no.imdi.grants.integrationgrant;

import static no.imdi.grants.shared.Formats.date;

import no.imdi.grants.shared.Explanation;
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
      return new Reasoned<>(
          period,
          Explanation.literal(
              RULE,
              "Tilskuddsperioden er "
                  + period.range()
                  + ", "
                  + FULL_YEARS
                  + " år ("
                  + RULE
                  + ": bosettingsåret "
                  + first
                  + " etter bosetting "
                  + date(person.settlementDate())
                  + ", og de fire neste kalenderårene).",
              "The grant period is "
                  + period.range()
                  + ", "
                  + FULL_YEARS
                  + " years ("
                  + RULE
                  + ": the settlement year "
                  + first
                  + " of the settlement on "
                  + date(person.settlementDate())
                  + ", and the four following calendar years)."));
    }
    GrantPeriod period = new GrantPeriod(first, settings.familyOfHumanitarianYears());
    boolean verified = settings.familyOfHumanitarianYearsVerified();
    return new Reasoned<>(
        period,
        Explanation.literal(
            RULE,
            "Tilskuddsperioden er "
                + period.range()
                + ", "
                + period.years
                + " år ("
                + RULE
                + ": familieinnvandret til person med opphold på humanitært grunnlag, bosatt "
                + date(person.settlementDate())
                + "; innstilling "
                + period.years
                + " år"
                + (verified ? "" : ", ikke verifisert")
                + ").",
            "The grant period is "
                + period.range()
                + ", "
                + period.years
                + " year"
                + (period.years == 1 ? "" : "s")
                + " ("
                + RULE
                + ": family immigration to a person with residence on humanitarian grounds, "
                + "settled on "
                + date(person.settlementDate())
                + "; setting "
                + period.years
                + (verified ? "" : ", not verified")
                + ")."));
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

  /** The calendar years as written in explanations: {@code 2023–2027}, or {@code 2023}. */
  public String range() {
    return years == 1
        ? Integer.toString(firstCalendarYear)
        : firstCalendarYear + "–" + lastCalendarYear();
  }
}
