package no.imdi.grants.disability.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.Optional;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Versions;

/**
 * R-REP-3: IMDi's caseworker who has the case turns the open claim of an accounts report into an
 * additional decision: a supplement application under assessment, limited to the claimed overrun,
 * which then goes through the decision flow (prepare, approve by another officer, letter). The
 * approval closes the claim ({@link ClaimCloser}); the database keeps one supplement per report.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.IMDI_CASEWORKER_NAME)
public class ClaimSupplementService {

  @Inject private CurrentUser currentUser;
  @Inject private AccountsReportRepository reports;
  @Inject private ApplicationRepository applications;
  @Inject private CaseRepository cases;
  @Inject private CaseTrail trail;
  @Inject private Clock clock;

  public ClaimSupplementService() {}

  public ClaimSupplementService(
      CurrentUser currentUser,
      AccountsReportRepository reports,
      ApplicationRepository applications,
      CaseRepository cases,
      CaseTrail trail,
      Clock clock) {
    this.currentUser = currentUser;
    this.reports = reports;
    this.applications = applications;
    this.cases = cases;
    this.trail = trail;
    this.clock = clock;
  }

  /** Starts the supplement for the report's open claim; returns the new application's id. */
  public long startSupplement(long reportId, long version) {
    AccountsReport report = find(reportId);
    Versions.require(report.getVersion(), version, "Accounts report " + reportId);
    ReportOutcome approved =
        reports.outcomesOf(reportId).stream()
            .filter(o -> o.getStatus() == ProposalStatus.APPROVED)
            .reduce((a, b) -> b)
            .orElse(null);
    var created =
        ClaimSupplements.start(
            report,
            approved,
            reports.supplementOf(reportId).isPresent(),
            currentUser.actor(),
            clock.instant());
    Application supplement = created.matter();
    applications.add(supplement);
    cases.flush("Supplement of accounts report " + reportId);
    trail.record(
        supplement.getCaseFile(), MatterKind.APPLICATION, supplement.getId(), created.change());
    return supplement.getId();
  }

  /** The supplement of the report's claim, if one was started. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public Optional<Long> supplementOf(long reportId) {
    find(reportId);
    return reports.supplementOf(reportId).map(Application::getId);
  }

  private AccountsReport find(long reportId) {
    return reports
        .find(ReportCallers.scope(currentUser), reportId)
        .orElseThrow(
            () -> new AccessDeniedException("No accounts report " + reportId + " in scope"));
  }
}
