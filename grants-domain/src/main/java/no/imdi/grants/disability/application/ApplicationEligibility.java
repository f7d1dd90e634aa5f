package no.imdi.grants.disability.application;

import java.util.Optional;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.PriorGrants;

/**
 * Whether an application for the grant and grant year may be made, given what was granted before,
 * as a refusal with a message key: the same answer as {@link
 * no.imdi.grants.disability.GrantKindRules#mayApply} (T1 only for year 1 or 2, R-T1-1, and only
 * once; not after T2, R-T1-2; T2 within the person's years, R-T2-1, once a year; a year with T1 is
 * converted, not applied for again, R-T-1 and R-T2-5; a later year needs an earlier grant, R-DL-3).
 */
public final class ApplicationEligibility {

  static final int LAST_T1_YEAR = 2;

  private ApplicationEligibility() {}

  /** The refusal, or empty when the application may be made. */
  public static Optional<Refusal> check(
      GrantKind kind, int grantYear, int maxT2Years, PriorGrants prior) {
    if (kind == GrantKind.T1 && grantYear > LAST_T1_YEAR) {
      return refuse(CaseMessage.ELIGIBILITY_T1_YEAR, grantYear);
    }
    if (kind == GrantKind.T2 && grantYear > maxT2Years) {
      return refuse(CaseMessage.ELIGIBILITY_T2_YEARS, grantYear, maxT2Years);
    }
    if (kind == GrantKind.T1 && prior.t2Granted()) {
      return refuse(CaseMessage.ELIGIBILITY_T1_AFTER_T2);
    }
    if (kind == GrantKind.T1 && prior.t1Granted()) {
      return refuse(CaseMessage.ELIGIBILITY_T1_ONCE, prior.t1GrantYear());
    }
    if (kind == GrantKind.T2 && prior.t2GrantedFor(grantYear)) {
      return refuse(CaseMessage.ELIGIBILITY_T2_GRANTED, grantYear);
    }
    if (kind == GrantKind.T2 && prior.t1Granted() && prior.t1GrantYear() == grantYear) {
      return refuse(CaseMessage.ELIGIBILITY_USE_CONVERSION, grantYear);
    }
    if (grantYear > LAST_T1_YEAR && !prior.grantedBefore(grantYear)) {
      return refuse(CaseMessage.ELIGIBILITY_NEEDS_EARLIER_GRANT, grantYear);
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(CaseMessage message, Object... arguments) {
    return Optional.of(Refusal.of(message, arguments));
  }
}
