package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.imdi.grants.complaint.MinistryComplaintExport;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.web.export.ExportDownload;

/**
 * The export buttons of the ministry's list of forwarded complaints (R-AP-7): the whole list in its
 * one order as CSV or XLSX, through the export mechanism (logged: complaints are about persons).
 */
@Named
@RequestScoped
public class MinistryExportBean {

  @EJB private MinistryComplaintExport export;
  @Inject private ExportDownload download;

  public void exportCsv() {
    send(ExportFormat.CSV);
  }

  public void exportXlsx() {
    send(ExportFormat.XLSX);
  }

  private void send(ExportFormat format) {
    download.send(MinistryComplaintExport.TABLE, format, export::export);
  }
}
