package no.imdi.grants.web.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.payment.LineQuery;
import no.imdi.grants.payment.LineSort;
import no.imdi.grants.payment.LineView;
import no.imdi.grants.payment.export.RunLinesExport;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The export buttons of the payment run's lines section (R-PAY-3): the whole list of the chosen
 * municipality (and person) in the table's current order, as CSV or XLSX, through the export
 * mechanism (logged: the lines name persons).
 */
@Named
@RequestScoped
public class RunLinesExportBean {

  @EJB private RunLinesExport export;
  @Inject private PaymentRunBean run;
  @Inject private ExportDownload download;

  public void exportCsv() {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    LineQuery query = run.lineQuery();
    ServerPagedModel<LineView, LineSort> table = run.getLines();
    download.send(
        RunLinesExport.TABLE,
        format,
        request -> export.export(query, table.currentSort(), table.currentAscending(), request));
  }
}
