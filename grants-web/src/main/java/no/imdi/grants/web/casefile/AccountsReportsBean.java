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
import no.imdi.grants.security.Role;
import no.imdi.grants.web.shared.Pages;

/**
 * The T2 accounts reports of the municipality ({@code /app/accounts-reports.xhtml}, R-REP-1), for
 * its caseworker and its finance officer: those waiting for a signature first, then by due date, a
 * page at a time, each linking to the report. On a case page the case's reports are listed by
 * {@link #ofCase}. Other roles get 403 on the list.
 */
@Named
@ViewScoped
public class AccountsReportsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 25;

  @EJB private MunicipalityReportService municipality;
  @EJB private ImdiReportService imdi;
  @Inject private SecurityContext security;

  private int first;
  private transient List<AccountsReportView> rows;
  private boolean more;
  private transient List<AccountsReportView> caseRows;

  public void checkAccess() {
    if (!isMunicipality()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public List<AccountsReportView> getRows() {
    if (rows == null) {
      List<AccountsReportView> page = municipality.list(first, PAGE + 1);
      more = page.size() > PAGE;
      rows = page.subList(0, Math.min(PAGE, page.size()));
    }
    return rows;
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

  public void next() {
    if (more) {
      first += PAGE;
      rows = null;
    }
  }

  public void previous() {
    first = Math.max(0, first - PAGE);
    rows = null;
  }

  public boolean isMore() {
    getRows();
    return more;
  }

  public boolean isFirstPage() {
    return first == 0;
  }
}
