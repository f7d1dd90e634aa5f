package no.imdi.grants.shared;

import java.time.LocalDate;
import java.util.Objects;

/** A closed period of days, first and last day included (a grant year 13.10.2023-12.10.2024). */
public record Period(LocalDate start, LocalDate end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("Period ends " + end + " before it starts " + start);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public String toString() {
    return Formats.date(start) + "–" + Formats.date(end);
  }
}
