package no.imdi.grants.rate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A rate table held in memory, built from a list of rows (a snapshot of the stored table). */
public final class InMemoryRateTable implements RateTable {

  private final Map<String, Rate> rates = new HashMap<>();

  public InMemoryRateTable(List<Rate> rows) {
    for (Rate row : rows) {
      rates.put(key(row.code(), row.year()), row);
    }
  }

  @Override
  public Optional<Rate> find(RateCode code, int calendarYear) {
    return Optional.ofNullable(rates.get(key(code, calendarYear)));
  }

  private static String key(RateCode code, int year) {
    return code.name() + ':' + year;
  }
}
