package no.imdi.grants.integrationgrant;

import java.util.List;
import java.util.Optional;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.ReasonTexts;

/**
 * A person's integration grant, year by year: the grant years with their codes, rates and
 * instalments (R-IG-2, R-IG-4, R-IG-5), the special grant for an unaccompanied minor per calendar
 * year (R-EM, empty for others), and the explanation of the period as a whole.
 */
public record IntegrationGrantSchedule(
    List<GrantYearEntry> years, List<SpecialGrantEntry> specialGrant, Explanation explanation) {

  public IntegrationGrantSchedule {
    years = List.copyOf(years);
    specialGrant = List.copyOf(specialGrant);
  }

  /** The grant year that falls in the given calendar year, if it is within the period. */
  public Optional<GrantYearEntry> forCalendarYear(int calendarYear) {
    return years.stream().filter(y -> y.calendarYear() == calendarYear).findFirst();
  }

  /** The calendar years of the period, as explanations write them: {@code 2023–2027}. */
  public ReasonArgs.Years calendarYears() {
    return ReasonArgs.years(
        years.get(0).calendarYear(), years.get(years.size() - 1).calendarYear());
  }

  /** The calendar years as the pages write them: {@code 2023–2027}, or {@code 2023}. */
  public String range() {
    return ReasonTexts.value(calendarYears(), ReasonTexts.BOKMAL);
  }
}
