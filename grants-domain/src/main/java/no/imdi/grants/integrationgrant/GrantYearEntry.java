package no.imdi.grants.integrationgrant;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * One grant year of a person's integration grant (*tilskuddsår*): its number and calendar year
 * (R-IG-2), its grant codes with their rates (R-IG-4: the year's code first, then the one-off
 * supplements of year 1), the total when every rate is known ({@code null} otherwise), the
 * instalments it is paid in (R-IG-5), and the explanation a caseworker can check.
 */
public record GrantYearEntry(
    int grantYear,
    int calendarYear,
    List<String> codes,
    List<CodeAmount> amounts,
    Nok total,
    List<Instalment> instalments,
    Explanation explanation) {

  public GrantYearEntry {
    codes = List.copyOf(codes);
    amounts = List.copyOf(amounts);
    instalments = List.copyOf(instalments);
  }

  /** The year's own code ({@code AR-1-EV}, {@code AR-3}, ...) with its rate. */
  public CodeAmount yearAmount() {
    return amounts.get(0);
  }

  public List<String> rules() {
    return explanation.rules();
  }
}
