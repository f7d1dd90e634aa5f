package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_DL_3;
import static no.imdi.grants.disability.RuleIds.R_T1_1;
import static no.imdi.grants.disability.RuleIds.R_T1_2;
import static no.imdi.grants.disability.RuleIds.R_T2_1;
import static no.imdi.grants.disability.RuleIds.R_T2_5;
import static no.imdi.grants.disability.RuleIds.R_T_1;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * Which grant can be applied for in which grant year. T1 is a one-off grant for grant year 1 or 2
 * (R-T1-1) and cannot be applied for once T2 has been granted (R-T1-2). T2 can be granted for each
 * grant year up to the person's maximum (R-T2-1, with R-T2-2..4 in {@link T2Duration}). For grant
 * year 1 or 2 the first application is for either T1 or T2, and a year has one or the other, never
 * both; turning a granted T1 into T2 is a conversion (R-T2-5), not a new application (R-T-1). A
 * year after year 2 needs an earlier first application that was granted (R-DL-3).
 */
public final class GrantKindRules {

  static final int LAST_T1_YEAR = 2; // R-T1-1, R-T-1

  private static final Reasoned<Boolean> T1_POSSIBLE = Reasoned.of(true, R_T1_1, "R-T1-1.possible");
  private static final Explanation EITHER_T1_OR_T2 = Explanation.of(R_T_1, "R-T-1.either");

  private GrantKindRules() {}

  /** Whether the grant can be had for the grant year at all, whatever was granted before. */
  public static Reasoned<Boolean> possibleInYear(GrantKind kind, int grantYear, int maxT2Years) {
    Objects.requireNonNull(kind, "kind");
    ApplicationDeadlines.requireGrantYear(grantYear);
    if (kind == GrantKind.T1) {
      return grantYear <= LAST_T1_YEAR
          ? T1_POSSIBLE
          : Reasoned.of(false, R_T1_1, "R-T1-1.notPossible", grantYear);
    }
    if (grantYear > maxT2Years) {
      return Reasoned.of(false, R_T2_1, "R-T2-1.notPossible", grantYear, maxT2Years);
    }
    return Reasoned.of(true, R_T2_1, "R-T2-1.possible", grantYear, maxT2Years);
  }

  /** R-T-1: the sentence for grant years 1 and 2, where the first application is T1 or T2. */
  public static Explanation eitherT1OrT2() {
    return EITHER_T1_OR_T2;
  }

  /** Whether an application for the grant and grant year may be made, given what was granted. */
  public static Reasoned<Boolean> mayApply(
      GrantKind kind, int grantYear, int maxT2Years, PriorGrants prior) {
    Reasoned<Boolean> possible = possibleInYear(kind, grantYear, maxT2Years);
    if (!possible.value()) {
      return possible;
    }
    if (kind == GrantKind.T1 && prior.t2Granted()) {
      return Reasoned.of(false, R_T1_2, "R-T1-2.afterT2");
    }
    if (kind == GrantKind.T1 && prior.t1Granted()) {
      return Reasoned.of(false, R_T1_1, "R-T1-1.alreadyGranted", prior.t1GrantYear());
    }
    if (kind == GrantKind.T2 && prior.t2GrantedFor(grantYear)) {
      return Reasoned.of(false, R_T2_1, "R-T2-1.alreadyGranted", grantYear);
    }
    if (kind == GrantKind.T2 && prior.t1Granted() && prior.t1GrantYear() == grantYear) {
      return new Reasoned<>(
          false, Explanation.of(List.of(R_T_1, R_T2_5), "R-T2-5.conversion", grantYear));
    }
    if (grantYear > LAST_T1_YEAR && !prior.grantedBefore(grantYear)) {
      return Reasoned.of(false, R_DL_3, "R-DL-3.needsGrant", grantYear);
    }
    if (!prior.grantedBefore(grantYear)) {
      return new Reasoned<>(true, possible.explanation().and(eitherT1OrT2()));
    }
    return possible;
  }
}
