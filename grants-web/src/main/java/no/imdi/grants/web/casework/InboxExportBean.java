package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.inbox.InboxExport;
import no.imdi.grants.web.export.ExportDownload;

/**
 * The export buttons of the municipality's inbox: the whole list of its current filter (unread
 * only, the case number searched for) in its order, as CSV or XLSX, through the export mechanism
 * (logged).
 */
@Named
@RequestScoped
public class InboxExportBean {

  @EJB private InboxExport export;
  @Inject private InboxBean inbox;
  @Inject private ExportDownload download;

  public void exportCsv() {
    send(ExportFormat.CSV);
  }

  public void exportXlsx() {
    send(ExportFormat.XLSX);
  }

  private void send(ExportFormat format) {
    boolean unreadOnly = inbox.isUnreadOnly();
    CaseNumber caseNumber = inbox.appliedCaseNumber();
    download.send(
        InboxExport.TABLE, format, request -> export.export(unreadOnly, caseNumber, request));
  }
}
