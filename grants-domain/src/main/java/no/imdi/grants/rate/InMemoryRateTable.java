package no.imdi.grants.rate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rate table held in memory, built from a list of rows (a snapshot of the stored table), and
 * looked up by code and calendar year in an array of each code's years: the rules ask it for
 * several rates per schedule, so a look-up builds no key.
 */
public final class InMemoryRateTable implements RateTable {

  private final Map<RateCode, Years> rates = new EnumMap<>(RateCode.class);

  public InMemoryRateTable(List<Rate> rows) {
    Map<RateCode, int[]> span = new EnumMap<>(RateCode.class);
    for (Rate row : rows) {
      span.merge(
          row.code(),
          new int[] {row.year(), row.year()},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    span.forEach((code, s) -> rates.put(code, new Years(s[0], new Rate[s[1] - s[0] + 1])));
    for (Rate row : rows) {
      Years years = rates.get(row.code());
      years.rows[row.year() - years.first] = row;
    }
  }

  @Override
  public Optional<Rate> find(RateCode code, int calendarYear) {
    Years years = rates.get(code);
    if (years == null) {
      return Optional.empty();
    }
    int index = calendarYear - years.first;
    return index < 0 || index >= years.rows.length
        ? Optional.empty()
        : Optional.ofNullable(years.rows[index]);
  }

  /** One code's rows by calendar year, from the first year it has. */
  private record Years(int first, Rate[] rows) {}
}
