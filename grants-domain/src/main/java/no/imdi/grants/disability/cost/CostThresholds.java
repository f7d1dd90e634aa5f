package no.imdi.grants.disability.cost;

import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The least eligible costs for each grant: 100 000 kr for T1 (R-T1-1) and 200 000 kr for T2, the
 * threshold (*innslagspunkt*) of R-T2-1. Costs equal to the threshold meet it.
 */
public final class CostThresholds {

  /** R-T1-1: T1 needs eligible costs of at least 100 000 kr. */
  public static final Nok R_T1_1_MINIMUM_COSTS = Nok.kroner(100_000);

  /** R-T2-1: T2 needs eligible costs of at least 200 000 kr (the innslagspunkt). */
  public static final Nok R_T2_1_MINIMUM_COSTS = Nok.kroner(200_000);

  private CostThresholds() {}

  /** Whether {@code total} meets the T1 minimum, with the comparison written out (R-T1-1). */
  public static Reasoned<Boolean> t1(Nok total) {
    return verdict(total, R_T1_1_MINIMUM_COSTS, "R-T1-1", "T1");
  }

  /** Whether {@code total} meets the T2 threshold, with the comparison written out (R-T2-1). */
  public static Reasoned<Boolean> t2(Nok total) {
    return verdict(total, R_T2_1_MINIMUM_COSTS, "R-T2-1", "T2");
  }

  private static Reasoned<Boolean> verdict(Nok total, Nok minimum, String rule, String grant) {
    boolean met = total.isAtLeast(minimum);
    return Reasoned.of(
        met, rule, met ? "threshold.met" : "threshold.notMet", total, minimum, grant, rule);
  }
}
