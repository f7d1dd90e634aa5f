package no.imdi.grants.integrationgrant;

import java.util.List;
import java.util.Optional;
import no.imdi.grants.shared.Explanation;

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

  /** The calendar years as written in explanations: {@code 2023–2027}. */
  public String range() {
    int first = years.get(0).calendarYear();
    int last = years.get(years.size() - 1).calendarYear();
    return first == last ? Integer.toString(first) : first + "–" + last;
  }
}
