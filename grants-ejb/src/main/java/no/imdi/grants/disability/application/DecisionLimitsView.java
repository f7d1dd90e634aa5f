package no.imdi.grants.disability.application;

import java.util.List;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.cost.MeasureCost;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * What the assessment page shows before a decision is prepared: each measure's eligible costs
 * recomputed (R-COST-7), the rate of the grant year (R-RATE-1, R-RATE-2), and the most that can be
 * granted for all measures with its reasons (R-T1-1, R-T2-1); {@code maximum.value()} is {@code
 * null} when nothing can be granted (below the threshold, or no rate).
 */
public record DecisionLimitsView(
    List<MeasureCost> measures, Nok eligibleCosts, AppliedRate rate, Reasoned<Nok> maximum) {

  static DecisionLimitsView of(DecisionLimits limits) {
    return new DecisionLimitsView(
        limits.allMeasures().stream().map(limits::measure).toList(),
        limits.eligibleCosts(limits.allMeasures()),
        limits.rate(),
        limits.maximum(limits.allMeasures()));
  }
}
