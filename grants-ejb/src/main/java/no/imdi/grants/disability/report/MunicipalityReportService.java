package no.imdi.grants.disability.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Versions;

/**
 * The municipality's side of its T2 accounts reports (R-REP-1): its caseworker fills in the actual
 * costs, attaches the accounts and signs; its finance officer co-signs, which submits the report
 * and journals it with its documents as one incoming entry; either may take a signed report back to
 * draft. Each method loads through the caller's municipality, calls the report's verb, saves and
 * writes the audit trail in one transaction; another municipality's report is not found.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.MUNICIPALITY_FINANCE_NAME})
public class MunicipalityReportService {

  @Inject private CurrentUser currentUser;
  @Inject private AccountsReportRepository reports;
  @Inject private CaseRepository cases;
  @Inject private CaseTrail trail;
  @Inject private CaseJournal journal;
  @Inject private Clock clock;

  public MunicipalityReportService() {}

  public MunicipalityReportService(
      CurrentUser currentUser,
      AccountsReportRepository reports,
      CaseRepository cases,
      CaseTrail trail,
      CaseJournal journal,
      Clock clock) {
    this.currentUser = currentUser;
    this.reports = reports;
    this.cases = cases;
    this.trail = trail;
    this.journal = journal;
    this.clock = clock;
  }

  /** The case's reports of the caller's municipality. */
  public List<AccountsReportView> ofCase(long caseId) {
    return reports.ofCase(ReportCallers.scope(currentUser), caseId).stream()
        .map(r -> AccountsReportView.of(r, List.of()))
        .toList();
  }

  /** The municipality's reports, those waiting for a signature first; a page of them. */
  public List<AccountsReportView> list(int first, int size) {
    return reports.list(ReportCallers.scope(currentUser), first, Math.min(size, 100)).stream()
        .map(r -> AccountsReportView.of(r, List.of()))
        .toList();
  }

  public AccountsReportView report(long reportId) {
    return AccountsReportView.of(inScope(reportId), List.of());
  }

  @RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
  public void saveDraft(long reportId, long version, ReportContent content) {
    AccountsReport report = opened(reportId, version);
    report.saveDraft(
        content, currentUser.actor(), ReportCallers.municipality(currentUser), clock.instant());
    cases.flush("Accounts report " + reportId);
  }

  @RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
  public long attach(
      long reportId, long version, DocumentKind kind, String title, DocumentRef document) {
    AccountsReport report = opened(reportId, version);
    ReportAttachment attachment =
        report.attach(
            kind,
            title,
            document,
            currentUser.actor(),
            ReportCallers.municipality(currentUser),
            clock.instant());
    cases.flush("Accounts report " + reportId);
    return attachment.getId();
  }

  @RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
  public void detach(long reportId, long version, long attachmentId) {
    AccountsReport report = opened(reportId, version);
    report.detach(
        attachmentId,
        currentUser.actor(),
        ReportCallers.municipality(currentUser),
        clock.instant());
    cases.flush("Accounts report " + reportId);
  }

  /** The caseworker signs; the report is not submitted until the finance officer co-signs. */
  @RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
  public void sign(long reportId, long version) {
    AccountsReport report = opened(reportId, version);
    recorded(
        report,
        report.sign(currentUser.actor(), ReportCallers.municipality(currentUser), clock.instant()));
  }

  /** The finance officer co-signs (R-REP-1, R-DOC-4): the report is submitted and journaled. */
  @RolesAllowed(Role.MUNICIPALITY_FINANCE_NAME)
  public void coSign(long reportId, long version) {
    AccountsReport report = opened(reportId, version);
    cases.lock(report.getCaseFile());
    String by = currentUser.username();
    recorded(
        report,
        report.coSign(
            currentUser.actor(), ReportCallers.municipality(currentUser), clock.instant()));
    JournalEntry entry =
        journal.write(
            report.getCaseFile(),
            JournalDraft.incoming(
                    LocalDate.now(clock),
                    Parties.of(report.getMunicipality()),
                    "Regnskapsrapport T2, tilskuddsår " + report.getGrantYear(),
                    Screening.HEALTH_DATA,
                    report.getAttachments().stream()
                        .map(a -> new Upload(a.getTitle(), a.getDocument()).toJournalDocument())
                        .toList())
                .about(MatterKind.ACCOUNTS_REPORT, report.getId()),
            by);
    report.getAttachments().forEach(a -> a.journaledIn(entry.getId()));
    cases.flush("Accounts report " + reportId);
  }

  /** The caseworker or the finance officer takes a signed report back to draft, saying why. */
  public void returnToDraft(long reportId, long version, String why) {
    AccountsReport report = opened(reportId, version);
    recorded(
        report,
        report.returnToDraft(
            currentUser.actor(), ReportCallers.municipality(currentUser), clock.instant(), why));
  }

  private void recorded(AccountsReport report, StateChange<AccountsReportState> change) {
    cases.flush("Accounts report " + report.getId());
    trail.record(report.getCaseFile(), MatterKind.ACCOUNTS_REPORT, report.getId(), change);
  }

  private AccountsReport opened(long reportId, long version) {
    AccountsReport report = inScope(reportId);
    Versions.require(report.getVersion(), version, "Accounts report " + reportId);
    return report;
  }

  private AccountsReport inScope(long reportId) {
    return reports
        .find(ReportCallers.scope(currentUser), reportId)
        .orElseThrow(
            () -> new AccessDeniedException("No accounts report " + reportId + " in scope"));
  }
}
