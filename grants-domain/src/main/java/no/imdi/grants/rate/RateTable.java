package no.imdi.grants.rate;

import java.util.Optional;

/**
 * The rates in force: the amount of a grant code for a calendar year, or nothing when no rate is
 * known for that year. The rules never guess a missing rate; they say that it is missing.
 */
@FunctionalInterface
public interface RateTable {

  Optional<Rate> find(RateCode code, int calendarYear);
}
