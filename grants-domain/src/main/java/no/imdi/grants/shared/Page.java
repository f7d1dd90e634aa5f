package no.imdi.grants.shared;

import java.util.List;

/** One page of rows and the number of rows the whole filtered list has. */
public record Page<T>(List<T> rows, long total) {

  public Page {
    rows = List.copyOf(rows);
  }
}
