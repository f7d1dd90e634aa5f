package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_T1_1;
import static no.imdi.grants.disability.RuleIds.R_T2_1;

import java.util.Objects;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The amount of a grant from the eligible costs of the grant year. T1 needs costs of at least 100
 * 000 kr and is then the T1 rate of the year, a fixed one-off amount (R-T1-1). T2 needs costs of at
 * least 200 000 kr (the <i>innslagspunkt</i>) and is then the costs, capped by the T2 rate of the
 * year (R-T2-1). Without a known rate there is no amount, and the answer says why.
 */
public final class GrantAmounts {

  static final Nok T1_MINIMUM_COSTS = Nok.kroner(100_000); // R-T1-1
  static final Nok T2_MINIMUM_COSTS = Nok.kroner(200_000); // R-T2-1

  private GrantAmounts() {}

  /** R-T1-1: the T1 amount for eligible costs, or no amount with the reason. */
  public static Reasoned<Nok> t1(Nok eligibleCosts, AppliedRate t1Rate) {
    requireCosts(eligibleCosts);
    if (t1Rate.code() != RateCode.T1) {
      throw new IllegalArgumentException("T1 is paid at the T1 rate, not " + t1Rate.code());
    }
    if (!eligibleCosts.isAtLeast(T1_MINIMUM_COSTS)) {
      return Reasoned.of(null, R_T1_1, "R-T1-1.belowMinimum", eligibleCosts, T1_MINIMUM_COSTS);
    }
    Explanation met = Explanation.of(R_T1_1, "R-T1-1.met", eligibleCosts, T1_MINIMUM_COSTS);
    return new Reasoned<>(t1Rate.amount(), met.and(t1Rate.explanation()));
  }

  /** R-T2-1: the T2 amount for eligible costs, capped by the rate, or no amount with the reason. */
  public static Reasoned<Nok> t2(Nok eligibleCosts, AppliedRate t2Cap) {
    requireCosts(eligibleCosts);
    if (t2Cap.code() != RateCode.T2 && t2Cap.code() != RateCode.T2_SPECIAL_HOUSING) {
      throw new IllegalArgumentException("T2 is capped by a T2 rate, not " + t2Cap.code());
    }
    if (!eligibleCosts.isAtLeast(T2_MINIMUM_COSTS)) {
      return Reasoned.of(null, R_T2_1, "R-T2-1.belowThreshold", eligibleCosts, T2_MINIMUM_COSTS);
    }
    if (!t2Cap.known()) {
      return new Reasoned<>(null, t2Cap.explanation());
    }
    Nok amount = eligibleCosts.min(t2Cap.amount());
    Explanation why =
        amount.compareTo(eligibleCosts) < 0
            ? Explanation.of(R_T2_1, "R-T2-1.capped", eligibleCosts, t2Cap.amount(), amount)
            : Explanation.of(R_T2_1, "R-T2-1.withinCap", eligibleCosts, t2Cap.amount());
    return new Reasoned<>(amount, why.and(t2Cap.explanation()));
  }

  private static void requireCosts(Nok eligibleCosts) {
    Objects.requireNonNull(eligibleCosts, "eligibleCosts");
    if (eligibleCosts.amount().signum() < 0) {
      throw new IllegalArgumentException("Eligible costs cannot be negative: " + eligibleCosts);
    }
  }
}
