package no.imdi.grants.disability.report;

import java.util.Objects;
import no.imdi.grants.shared.Nok;

/**
 * One measure of an accounts report as the outcome takes it: its name, its actual costs by the cost
 * lines (R-COST-7), whether the grant covered it (a measure the decision granted) and whether IMDi,
 * reviewing the report, found it outside the scheme (R-COST-1..6). Only a granted measure that IMDi
 * did not exclude counts towards the actual eligible costs (R-REP-4).
 */
public record MeasureActual(String name, Nok actual, boolean granted, boolean excludedByImdi) {

  public MeasureActual {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actual, "actual");
  }

  public boolean counts() {
    return granted && !excludedByImdi;
  }
}
