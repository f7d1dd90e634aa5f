package no.imdi.grants.integrationgrant;

import java.util.Optional;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.Reasoned;

/**
 * Finds the rate (*sats*) of a grant code for a calendar year in the injected rate table, and says
 * where it comes from (R-IG-4): the amount, whether it is unverified, or that no rate is known for
 * that year. Rates are never guessed or hard-coded.
 */
final class RateLookup {

  static final String RULE = "R-IG-4";

  private final RateTable rates;

  RateLookup(RateTable rates) {
    this.rates = rates;
  }

  /** The rate row, or {@code null} with a reason when none is known. */
  Reasoned<Rate> find(RateCode code, int calendarYear, String rule) {
    Optional<Rate> found = rates.find(code, calendarYear);
    if (found.isEmpty()) {
      return Reasoned.of(null, rule, "rate.none", code.code(), calendarYear);
    }
    Rate rate = found.get();
    String key = rate.verified() ? "rate.known" : "rate.known.unverified";
    return Reasoned.of(rate, rule, key, code.code(), calendarYear, rate.amount());
  }

  /** The code's amount for the year, with the same reason as {@link #find}, built once. */
  CodeAmount amount(RateCode code, int calendarYear, String rule) {
    Rate rate = rates.find(code, calendarYear).orElse(null);
    if (rate == null) {
      return new CodeAmount(
          code.code(),
          null,
          false,
          Explanation.of(rule, "rate.none", code.code(), ReasonArgs.year(calendarYear)));
    }
    String key = rate.verified() ? "rate.known" : "rate.known.unverified";
    return new CodeAmount(
        code.code(),
        rate.amount(),
        rate.verified(),
        Explanation.of(rule, key, code.code(), ReasonArgs.year(calendarYear), rate.amount()));
  }
}
