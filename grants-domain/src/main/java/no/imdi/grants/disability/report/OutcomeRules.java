package no.imdi.grants.disability.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.cost.CostThresholds;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The outcome of a T2 accounts report (R-REP-3, R-REP-4, R-REP-5). The actual eligible costs are
 * the actual costs of the measures the decision granted, less those IMDi finds outside the scheme;
 * a measure the grant did not cover counts nothing (R-REP-4: "the same for measures not covered").
 * A budget-based grant whose actual eligible costs fall below the T2 threshold (R-T2-1, from {@link
 * CostThresholds}) is recovered in full (R-REP-5); otherwise the grant less the actual eligible
 * costs is recovered when that is positive (R-REP-4). Costs above the grant are paid only if the
 * municipality claims them with the report (R-REP-3): the claim, at most the overrun, is decided by
 * IMDi as an additional decision, not here.
 */
public final class OutcomeRules {

  public static final String R_REP_3 = "R-REP-3";
  public static final String R_REP_4 = "R-REP-4";
  public static final String R_REP_5 = "R-REP-5";

  private OutcomeRules() {}

  /**
   * The outcome for a grant of {@code granted} on the basis, the report's measures and the overrun
   * the municipality claims ({@code null} or zero for none).
   */
  public static OutcomeComputation compute(
      Nok granted, ReportingBasis basis, List<MeasureActual> measures, Nok claimed) {
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(basis, "basis");
    Nok claim = claimed == null ? Nok.ZERO : claimed;
    if (granted.compareTo(Nok.ZERO) <= 0 || claim.compareTo(Nok.ZERO) < 0) {
      throw new IllegalArgumentException("A grant is positive and a claim not negative");
    }
    Nok reported = Nok.ZERO;
    Nok eligible = Nok.ZERO;
    List<Explanation> parts = new ArrayList<>();
    for (MeasureActual m : measures) {
      reported = reported.plus(m.actual());
      if (m.counts()) {
        eligible = eligible.plus(m.actual());
      } else if (!m.granted()) {
        parts.add(Explanation.of(R_REP_4, "R-REP-4.notGranted", m.name(), m.actual()));
      } else {
        parts.add(Explanation.of(R_REP_4, "R-REP-4.notCovered", m.name(), m.actual()));
      }
    }
    parts.add(0, Explanation.of("R-COST-7", "R-REP.actual", reported, eligible, granted));
    Reasoned<Boolean> threshold = CostThresholds.t2(eligible);
    if (basis == ReportingBasis.BUDGET && !threshold.value()) {
      parts.add(threshold.explanation());
      parts.add(Explanation.of(R_REP_5, "R-REP-5.full", eligible, granted));
      return result(
          OutcomeKind.FULL_RECOVERY, granted, reported, eligible, granted, measures, parts);
    }
    if (eligible.compareTo(granted) < 0) {
      Nok unused = granted.minus(eligible);
      parts.add(Explanation.of(R_REP_4, "R-REP-4.underspend", granted, eligible, unused));
      return result(
          OutcomeKind.UNDERSPEND_RECOVERY, granted, reported, eligible, unused, measures, parts);
    }
    Nok overrun = eligible.minus(granted);
    if (overrun.compareTo(Nok.ZERO) > 0 && claim.compareTo(Nok.ZERO) > 0) {
      Nok toDecide = claim.min(overrun);
      parts.add(Explanation.of(R_REP_3, "R-REP-3.claim", claim, overrun, toDecide));
      return new OutcomeComputation(
          OutcomeKind.OVERRUN_CLAIM,
          granted,
          reported,
          eligible,
          Nok.ZERO,
          toDecide,
          measures,
          join(parts));
    }
    parts.add(
        overrun.compareTo(Nok.ZERO) > 0
            ? Explanation.of(R_REP_3, "R-REP-3.notClaimed", overrun)
            : Explanation.of(R_REP_4, "R-REP-4.settled", granted));
    return result(OutcomeKind.SETTLED, granted, reported, eligible, Nok.ZERO, measures, parts);
  }

  private static OutcomeComputation result(
      OutcomeKind kind,
      Nok granted,
      Nok reported,
      Nok eligible,
      Nok recovery,
      List<MeasureActual> measures,
      List<Explanation> parts) {
    return new OutcomeComputation(
        kind, granted, reported, eligible, recovery, Nok.ZERO, measures, join(parts));
  }

  private static Explanation join(List<Explanation> parts) {
    return parts.get(0).and(parts.subList(1, parts.size()).toArray(Explanation[]::new));
  }
}
