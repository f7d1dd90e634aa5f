package no.imdi.grants.disability.application;

import java.util.LinkedHashMap;
import java.util.List;
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
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The most a decision can grant, computed from the application's measures (R-COST-7) and the rate
 * of the grant year (R-RATE-1, R-RATE-2): for T1 the year's T1 rate, once the costs reach 100 000
 * (R-T1-1); for T2 the eligible costs of the measures granted, once they reach 200 000, capped by
 * the year's T2 cap (R-T2-1). The caseworker may grant less, with a reason, never more. For a
 * supplement (R-REP-3) the limit is the claimed overrun, and together with the amount granted
 * before no more than the year's T2 cap (R-T2-1, "if the rules are otherwise met"); the T2
 * threshold was met by the grant the supplement adds to and is not asked again.
 */
public final class DecisionLimits {

  private final GrantKind kind;
  private final AppliedRate rate;
  private final Map<Integer, MeasureCost> measures;
  private final Supplement supplement;

  private DecisionLimits(
      GrantKind kind, AppliedRate rate, Map<Integer, MeasureCost> measures, Supplement supplement) {
    this.kind = kind;
    this.rate = rate;
    this.measures = measures;
    this.supplement = supplement;
  }

  /** The limits of the application with the rate that applies to its grant year. */
  public static DecisionLimits of(Application application, AppliedRate rate) {
    Objects.requireNonNull(rate, "rate");
    if (application.isSupplement()) {
      return new DecisionLimits(application.getKind(), rate, Map.of(), application.supplement());
    }
    CostCalculation costs =
        new CostCalculator()
            .calculate(
                application.details().zone(),
                application.getMeasures().stream().map(ApplicationMeasure::toMeasure).toList());
    Map<Integer, MeasureCost> byPosition = new LinkedHashMap<>();
    for (int i = 0; i < application.getMeasures().size(); i++) {
      byPosition.put(application.getMeasures().get(i).getPosition(), costs.measures().get(i));
    }
    return new DecisionLimits(application.getKind(), rate, byPosition, null);
  }

  public Set<Integer> allMeasures() {
    return measures.keySet();
  }

  public boolean knows(Set<Integer> positions) {
    return measures.keySet().containsAll(positions);
  }

  public Nok eligibleCosts(Set<Integer> positions) {
    if (supplement != null) {
      return supplement.claim();
    }
    return positions.stream().map(p -> measures.get(p).total()).reduce(Nok.ZERO, Nok::plus);
  }

  public MeasureCost measure(int position) {
    return measures.get(position);
  }

  /** Whether the measures' costs reach the threshold of the grant (R-T1-1, R-T2-1). */
  public boolean meetsThreshold(Set<Integer> positions) {
    if (supplement != null) {
      return true;
    }
    Nok costs = eligibleCosts(positions);
    return kind == GrantKind.T1
        ? costs.isAtLeast(CostThresholds.R_T1_1_MINIMUM_COSTS)
        : costs.isAtLeast(CostThresholds.R_T2_1_MINIMUM_COSTS);
  }

  /** The most that can be granted for the measures, or no amount with the reason. */
  public Reasoned<Nok> maximum(Set<Integer> positions) {
    if (supplement != null) {
      return supplementMaximum();
    }
    Nok costs = eligibleCosts(positions);
    return kind == GrantKind.T1 ? GrantAmounts.t1(costs, rate) : GrantAmounts.t2(costs, rate);
  }

  /**
   * R-REP-3 with R-T2-1: the claimed overrun, or less where the amount granted before and the claim
   * together would pass the year's T2 cap; no amount when the cap is reached or the rate unknown.
   */
  private Reasoned<Nok> supplementMaximum() {
    Nok claim = supplement.claim();
    Nok granted = supplement.granted();
    if (!rate.known()) {
      return new Reasoned<>(null, rate.explanation());
    }
    Nok room = rate.amount().minus(granted);
    if (room.amount().signum() <= 0) {
      return Reasoned.of(null, "R-T2-1", "rep3.supplement.capReached", granted, rate.amount());
    }
    Nok maximum = claim.min(room);
    Explanation why =
        maximum.compareTo(claim) < 0
            ? Explanation.of(
                List.of("R-REP-3", "R-T2-1"),
                "rep3.supplement.capped",
                claim,
                granted,
                rate.amount(),
                maximum)
            : Explanation.of(
                List.of("R-REP-3", "R-T2-1"),
                "rep3.supplement.withinCap",
                claim,
                granted,
                rate.amount());
    return new Reasoned<>(maximum, why.and(rate.explanation()));
  }

  /** Whether these are the limits of a supplement (R-REP-3). */
  public boolean isSupplement() {
    return supplement != null;
  }

  public GrantKind kind() {
    return kind;
  }

  public AppliedRate rate() {
    return rate;
  }
}
