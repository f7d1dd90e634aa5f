package no.imdi.grants.integrationgrant;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Reasoned;

/**
 * Works out a settled person's integration grant (*integreringstilskudd*, seed 000): the grant
 * period (R-IG-2), the codes and rates of each grant year (R-IG-4), the instalments they are paid
 * in (R-IG-5) and, for an unaccompanied minor, the special grant per calendar year (R-EM). Rates
 * come only from the injected rate table, and the [verify] facts only from the settings.
 */
public final class IntegrationGrantCalculator {

  private final RateLookup rates;
  private final IntegrationGrantSettings settings;
  private final GrantYearRules yearRules;
  private final UnaccompaniedMinorGrant minorGrant;

  public IntegrationGrantCalculator(RateTable rateTable, IntegrationGrantSettings settings) {
    this.rates = new RateLookup(Objects.requireNonNull(rateTable, "rateTable"));
    this.settings = Objects.requireNonNull(settings, "settings");
    this.yearRules = new GrantYearRules(rates);
    this.minorGrant = new UnaccompaniedMinorGrant(rates);
  }

  public IntegrationGrantSchedule schedule(SettledPerson person) {
    if (person == null) {
      throw new IllegalArgumentException("person is required");
    }
    Reasoned<GrantPeriod> period = GrantPeriod.of(person, settings);
    GrantYearEntry[] years = new GrantYearEntry[period.value().years()];
    for (int grantYear = 1; grantYear <= years.length; grantYear++) {
      years[grantYear - 1] = yearRules.year(person, period.value(), grantYear);
    }
    Reasoned<List<SpecialGrantEntry>> special = minorGrant.entries(person);
    return new IntegrationGrantSchedule(
        List.of(years), special.value(), period.explanation().and(special.explanation()));
  }
}
