package no.imdi.grants.disability.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Versions;

/**
 * IMDi's review of a submitted accounts report: the report with its outcomes, the outcome the rules
 * give for the measures the caseworker leaves out (shown before anything is stored), the outcome
 * prepared for a second officer (R-REP-3, R-REP-4, R-REP-5). A claimed overrun is decided as an
 * additional decision ({@link ClaimSupplementService}). The caseworker must have the case.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class ImdiReportService {

  @Inject private CurrentUser currentUser;
  @Inject private AccountsReportRepository reports;
  @Inject private CaseRepository cases;
  @Inject private CaseTrail trail;
  @Inject private Clock clock;

  public ImdiReportService() {}

  public ImdiReportService(
      CurrentUser currentUser,
      AccountsReportRepository reports,
      CaseRepository cases,
      CaseTrail trail,
      Clock clock) {
    this.currentUser = currentUser;
    this.reports = reports;
    this.cases = cases;
    this.trail = trail;
    this.clock = clock;
  }

  public AccountsReportView report(long reportId) {
    AccountsReport report = find(reportId);
    return AccountsReportView.of(report, reports.outcomesOf(reportId));
  }

  public List<AccountsReportView> ofCase(long caseId) {
    return reports.ofCase(MunicipalityScope.ALL, caseId).stream()
        .map(r -> AccountsReportView.of(r, reports.outcomesOf(r.getId())))
        .toList();
  }

  /** What the rules give with these measures left out; nothing is stored. */
  public OutcomeComputation preview(long reportId, Set<Integer> excluded) {
    return find(reportId).computeOutcome(Set.copyOf(excluded));
  }

  /** Prepares the outcome for a second officer; returns the outcome's id. */
  @RolesAllowed(Role.IMDI_CASEWORKER_NAME)
  public long prepareOutcome(long reportId, long version, Set<Integer> excluded, String comment) {
    AccountsReport report = find(reportId);
    Versions.require(report.getVersion(), version, "Accounts report " + reportId);
    PreparedOutcome prepared =
        report.prepareOutcome(Set.copyOf(excluded), comment, currentUser.actor(), clock.instant());
    reports.add(prepared.outcome());
    cases.flush("Accounts report " + reportId);
    trail.record(report.getCaseFile(), MatterKind.ACCOUNTS_REPORT, reportId, prepared.change());
    return prepared.outcome().getId();
  }

  private AccountsReport find(long reportId) {
    return reports
        .find(ReportCallers.scope(currentUser), reportId)
        .orElseThrow(
            () -> new AccessDeniedException("No accounts report " + reportId + " in scope"));
  }
}
