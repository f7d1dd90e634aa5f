package no.imdi.grants.disability.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculator;
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

  /** The report's measures as the outcome takes them, their actual costs by the cost lines. */
  static List<MeasureActual> of(
      List<ReportMeasure> measures,
      ContributionZone zone,
      Set<Integer> grantedPositions,
      Set<Integer> excludedPositions) {
    CostCalculator calculator = new CostCalculator();
    List<MeasureActual> actuals = new ArrayList<>();
    for (ReportMeasure m : measures) {
      Nok actual = calculator.calculate(zone, List.of(m.toMeasure())).total();
      boolean granted =
          m.getGrantedPosition() != null && grantedPositions.contains(m.getGrantedPosition());
      actuals.add(
          new MeasureActual(
              m.getName(), actual, granted, excludedPositions.contains(m.getPosition())));
    }
    return actuals;
  }

  public boolean counts() {
    return granted && !excludedByImdi;
  }
}
