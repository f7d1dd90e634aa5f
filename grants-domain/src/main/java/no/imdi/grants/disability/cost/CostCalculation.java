package no.imdi.grants.disability.cost;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The cost calculation of an application (R-COST-7): the employer's contribution zone used, each
 * measure with its lines, the total in whole kroner, and whether that total reaches the T1 minimum
 * (R-T1-1) and the T2 threshold (R-T2-1), each verdict with its reason.
 */
public record CostCalculation(
    ContributionZone zone,
    List<MeasureCost> measures,
    Nok total,
    Explanation reason,
    Reasoned<Boolean> t1Threshold,
    Reasoned<Boolean> t2Threshold) {

  public CostCalculation {
    measures = List.copyOf(measures);
  }

  /** Total of at least 100 000 kr (R-T1-1). */
  public boolean meetsT1Threshold() {
    return t1Threshold.value();
  }

  /** Total of at least 200 000 kr (R-T2-1). */
  public boolean meetsT2Threshold() {
    return t2Threshold.value();
  }
}
