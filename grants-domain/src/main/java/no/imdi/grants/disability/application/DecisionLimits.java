package no.imdi.grants.disability.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.GrantAmounts;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostThresholds;
import no.imdi.grants.disability.cost.MeasureCost;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The most a decision can grant, computed from the application's measures (R-COST-7) and the rate
 * of the grant year (R-RATE-1, R-RATE-2): for T1 the year's T1 rate, once the costs reach 100 000
 * (R-T1-1); for T2 the eligible costs of the measures granted, once they reach 200 000, capped by
 * the year's T2 cap (R-T2-1). The caseworker may grant less, with a reason, never more.
 */
public final class DecisionLimits {

  private final GrantKind kind;
  private final AppliedRate rate;
  private final Map<Integer, MeasureCost> measures;

  private DecisionLimits(GrantKind kind, AppliedRate rate, Map<Integer, MeasureCost> measures) {
    this.kind = kind;
    this.rate = rate;
    this.measures = measures;
  }

  /** The limits of the application with the rate that applies to its grant year. */
  public static DecisionLimits of(Application application, AppliedRate rate) {
    Objects.requireNonNull(rate, "rate");
    CostCalculation costs =
        new CostCalculator()
            .calculate(
                application.details().zone(),
                application.getMeasures().stream().map(ApplicationMeasure::toMeasure).toList());
    Map<Integer, MeasureCost> byPosition = new LinkedHashMap<>();
    for (int i = 0; i < application.getMeasures().size(); i++) {
      byPosition.put(application.getMeasures().get(i).getPosition(), costs.measures().get(i));
    }
    return new DecisionLimits(application.getKind(), rate, byPosition);
  }

  public Set<Integer> allMeasures() {
    return measures.keySet();
  }

  public boolean knows(Set<Integer> positions) {
    return measures.keySet().containsAll(positions);
  }

  public Nok eligibleCosts(Set<Integer> positions) {
    return positions.stream().map(p -> measures.get(p).total()).reduce(Nok.ZERO, Nok::plus);
  }

  public MeasureCost measure(int position) {
    return measures.get(position);
  }

  /** Whether the measures' costs reach the threshold of the grant (R-T1-1, R-T2-1). */
  public boolean meetsThreshold(Set<Integer> positions) {
    Nok costs = eligibleCosts(positions);
    return kind == GrantKind.T1
        ? costs.isAtLeast(CostThresholds.R_T1_1_MINIMUM_COSTS)
        : costs.isAtLeast(CostThresholds.R_T2_1_MINIMUM_COSTS);
  }

  /** The most that can be granted for the measures, or no amount with the reason. */
  public Reasoned<Nok> maximum(Set<Integer> positions) {
    Nok costs = eligibleCosts(positions);
    return kind == GrantKind.T1 ? GrantAmounts.t1(costs, rate) : GrantAmounts.t2(costs, rate);
  }

  public GrantKind kind() {
    return kind;
  }

  public AppliedRate rate() {
    return rate;
  }
}
