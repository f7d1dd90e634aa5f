package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.disability.report.AccountsReportView;
import no.imdi.grants.disability.report.ImdiReportService;
import no.imdi.grants.disability.report.MunicipalityReportService;
import no.imdi.grants.disability.report.list.AccountsReportList;
import no.imdi.grants.disability.report.list.ReportListRow;
import no.imdi.grants.disability.report.list.ReportListSort;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.security.Role;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The T2 accounts reports of the municipality ({@code /app/accounts-reports.xhtml}, R-REP-1), for
 * its caseworker and its finance officer: those waiting for a signature first, then by due date (or
 * by a header's order), paged and sorted in the database and exported whole, each linking to the
 * report. On a case page the case's reports are listed by {@link #ofCase}. Other roles get 403 on
 * the list.
 */
@Named
@ViewScoped
public class AccountsReportsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MunicipalityReportService municipality;
  @EJB private AccountsReportList list;
  @Inject private ExportDownload download;
  @EJB private ImdiReportService imdi;
  @Inject private SecurityContext security;

  private ServerPagedModel<ReportListRow, ReportListSort> model;
  private transient List<AccountsReportView> caseRows;

  public void checkAccess() {
    if (!isMunicipality()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  /**
   * The municipality's reports, counted, sorted and paged in the database (R-REP-1); by default
   * those waiting for a signature first, then by due date.
   */
  public ServerPagedModel<ReportListRow, ReportListSort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              list::page,
              r -> Long.toString(r.id()),
              ReportListSort.class,
              ReportListSort.ATTENTION,
              true);
    }
    return model;
  }

  /** The whole list in the table's order as CSV (logged: the reports name persons). */
  public void exportCsv() {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    ServerPagedModel<ReportListRow, ReportListSort> table = getModel();
    download.send(
        AccountsReportList.TABLE,
        format,
        request -> list.export(table.currentSort(), table.currentAscending(), request));
  }

  /** The case's reports the caller may see. */
  public List<AccountsReportView> ofCase(Long caseId) {
    if (caseRows == null) {
      if (caseId == null) {
        caseRows = List.of();
      } else if (isMunicipality()) {
        caseRows = municipality.ofCase(caseId);
      } else if (security.isCallerInRole(Role.IMDI_CASEWORKER_NAME)
          || security.isCallerInRole(Role.IMDI_APPROVER_NAME)) {
        caseRows = imdi.ofCase(caseId);
      } else {
        caseRows = List.of();
      }
    }
    return caseRows;
  }

  public boolean isMunicipality() {
    return security.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME)
        || security.isCallerInRole(Role.MUNICIPALITY_FINANCE_NAME);
  }
}
