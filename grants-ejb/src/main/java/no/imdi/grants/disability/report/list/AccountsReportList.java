package no.imdi.grants.disability.report.list;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's list of T2 accounts reports ({@code /app/accounts-reports.xhtml}, R-REP-1) for
 * its caseworker and finance officer: a page of it, sorted in the database, and the whole list in
 * the page's order as CSV or XLSX through the same scoped query (its own municipality's reports
 * only). The reports name persons, so every export is in the export log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.MUNICIPALITY_FINANCE_NAME})
public class AccountsReportList {

  public static final ExportTable<ReportListRow> TABLE =
      ExportTable.<ReportListRow>of("accounts-reports", true)
          .text("export.accounts-reports.case", ReportListRow::caseNumber)
          .text("export.accounts-reports.person", ReportListRow::personName)
          .integer("export.accounts-reports.grantYear", ReportListRow::grantYear)
          .label("export.accounts-reports.state", (r, texts) -> texts.label(r.state()))
          .date("export.accounts-reports.due", ReportListRow::dueDate)
          .amount("export.accounts-reports.granted", ReportListRow::granted);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public AccountsReportList() {}

  public AccountsReportList(EntityManager em, CurrentUser currentUser, Exports exports) {
    this.em = em;
    this.currentUser = currentUser;
    this.exports = exports;
  }

  /** One page of the municipality's reports in the order asked for (R-REP-1). */
  public Page<ReportListRow> page(PageRequest<ReportListSort> page) {
    return ReportListQuery.page(em, scope(), page);
  }

  /** The whole list in the page's order, of the caller's municipality only. */
  public ExportOutcome export(ReportListSort sort, boolean ascending, ExportRequest request) {
    MunicipalityScope scope = scope();
    ReportListSort order = sort == null ? ReportListSort.ATTENTION : sort;
    return exports.run(
        TABLE,
        RowSource.lazily(() -> ReportListQuery.stream(em, scope, order, ascending, fetchSize)),
        request,
        "municipality=" + scope.restrictedTo().orElse("all"),
        order + (ascending ? " asc" : " desc"));
  }

  /** The caller's own municipality: the list is the municipality's (IMDi has its queue). */
  private MunicipalityScope scope() {
    if (!currentUser.user().getRole().belongsToMunicipality()) {
      throw new AccessDeniedException("The accounts reports list is a municipality's");
    }
    return currentUser.settlementScope();
  }
}
