package no.imdi.grants.disability.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRoles;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.Actor;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Period;

/**
 * Starts applications in a case, as drafts of the municipality that applies. A new application must
 * be one the rules allow given what was granted ({@link ApplicationEligibility}), for a grant year
 * that has no open or granted application, and say whether T2 rests on a budget or on the accounts
 * (R-REP-2; T1 has no accounts report, R-REP-1). A conversion of a granted T1 into T2 (R-T2-5) can
 * be asked for only while the T1 grant year runs, once at a time.
 */
public final class NewApplications {

  private NewApplications() {}

  /** A draft application for the grant and grant year. */
  public static Created<Application, ApplicationState> start(
      CaseFile caseFile,
      Municipality applicant,
      GrantKind kind,
      int grantYear,
      ReportingBasis basis,
      int maxT2Years,
      CaseHistory history,
      Actor by,
      Instant at) {
    CaseRoles.requireMunicipality(by);
    Objects.requireNonNull(kind, "kind");
    if (grantYear < 1) {
      throw Refusal.onField("grantYear", CaseMessage.GRANT_YEAR_INVALID, grantYear);
    }
    requireBasis(kind, basis);
    Optional<Refusal> refused =
        ApplicationEligibility.check(kind, grantYear, maxT2Years, history.priorGrants(null));
    if (refused.isPresent()) {
      throw refused.get();
    }
    history
        .occupying(grantYear)
        .ifPresent(
            other -> {
              throw Refusal.of(
                  CaseMessage.APPLICATION_YEAR_TAKEN, grantYear, other.getKind(), other.getState());
            });
    Application application =
        new Application(caseFile, applicant, kind, grantYear, basis, null, by.username(), at);
    return new Created<>(application, created(by, at, null));
  }

  /**
   * A conversion of a granted T1 application into T2 (R-T2-5): a T2 draft of the same grant year
   * that names the T1 application, asked for on a day within that grant year.
   */
  public static Created<Application, ApplicationState> startConversion(
      Application t1,
      Municipality applicant,
      ReportingBasis basis,
      Period t1GrantYear,
      CaseHistory history,
      LocalDate today,
      Actor by,
      Instant at) {
    CaseRoles.requireMunicipality(by);
    if (t1.getKind() != GrantKind.T1 || !t1.isGranted()) {
      throw Refusal.of(CaseMessage.CONVERSION_NOT_GRANTED_T1);
    }
    if (!t1GrantYear.contains(today)) {
      throw Refusal.of(CaseMessage.CONVERSION_PERIOD_ENDED, t1GrantYear.end(), today);
    }
    requireBasis(GrantKind.T2, basis);
    if (history.openConversionOf(t1).isPresent()) {
      throw Refusal.of(CaseMessage.CONVERSION_OPEN, t1.getGrantYear());
    }
    Application application =
        new Application(
            t1.getCaseFile(),
            applicant,
            GrantKind.T2,
            t1.getGrantYear(),
            basis,
            t1,
            by.username(),
            at);
    return new Created<>(application, created(by, at, "R-T2-5"));
  }

  /**
   * A supplement (R-REP-3): the additional decision on costs above a granted T2 claimed with its
   * accounts report, opened by IMDi's caseworker who has the case as a T2 application of the same
   * grant year, accounts-based (so no accounts report of its own, R-REP-2), under assessment at
   * once, limited to the claimed overrun. The caller checks that the claim is open.
   */
  public static Created<Application, ApplicationState> startSupplement(
      Application granted, long reportId, Nok claim, Nok grantedAmount, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, granted.getCaseFile());
    if (granted.getKind() != GrantKind.T2 || !granted.isGranted() || granted.isSupplement()) {
      throw Refusal.of(CaseMessage.REPORT_CLAIM_NOT_OPEN);
    }
    if (claim == null || claim.amount().signum() <= 0) {
      throw Refusal.of(CaseMessage.REPORT_CLAIM_NOT_OPEN);
    }
    Application application =
        new Application(
            granted.getCaseFile(),
            granted.getApplicant(),
            GrantKind.T2,
            granted.getGrantYear(),
            ReportingBasis.ACCOUNTS,
            null,
            by.username(),
            at);
    var change =
        application.openAsSupplement(
            new Supplement(granted.getId(), reportId, claim, grantedAmount), by, at);
    return new Created<>(application, change);
  }

  private static void requireBasis(GrantKind kind, ReportingBasis basis) {
    if (kind == GrantKind.T2 && basis == null) {
      throw Refusal.onField("basis", CaseMessage.APPLICATION_BASIS_REQUIRED);
    }
    if (kind == GrantKind.T1 && basis != null) {
      throw Refusal.onField("basis", CaseMessage.APPLICATION_BASIS_T1);
    }
  }

  private static StateChange<ApplicationState> created(Actor by, Instant at, String why) {
    return new StateChange<>("start", null, ApplicationState.DRAFT, by.username(), at, why);
  }
}
