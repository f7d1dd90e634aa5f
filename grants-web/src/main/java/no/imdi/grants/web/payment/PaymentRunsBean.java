package no.imdi.grants.web.payment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.payment.PaymentRunService;
import no.imdi.grants.payment.RunProgress;
import no.imdi.grants.payment.review.PaymentRunReview;
import no.imdi.grants.payment.review.RunExport;
import no.imdi.grants.payment.review.RunSort;
import no.imdi.grants.payment.review.RunSummary;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * IMDi's payment runs (*terminutbetalinger*, R-PAY-3): every run with its instalment, state, totals
 * and who started and approved it, paged and sorted in the database; an IMDi caseworker starts the
 * run of an instalment basis date (31.03, 30.06, 30.09, 31.12; R-IG-5), which then runs in the
 * background while its page shows the progress.
 */
@Named
@ViewScoped
public class PaymentRunsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentRunReview review;
  @EJB private PaymentRunService runs;
  @EJB private RunExport runExport;
  @Inject private ExportDownload download;
  @Inject private PaymentPages pages;
  @Inject private Messages messages;

  private String instalment;
  private ServerPagedModel<RunSummary, RunSort> model;
  private List<LocalDate> basisDates;

  public void checkAccess() {
    if (!pages.isImdi()) {
      pages.refuse("Payment runs are IMDi's");
    }
  }

  public ServerPagedModel<RunSummary, RunSort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              request -> review.runs(request),
              r -> Long.toString(r.id()),
              RunSort.class,
              RunSort.INSTALMENT,
              false);
    }
    return model;
  }

  /** The runs in the table's order as CSV, through the export mechanism. */
  public void export() {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    ServerPagedModel<RunSummary, RunSort> table = getModel();
    download.send(
        RunExport.TABLE,
        format,
        request -> runExport.export(table.currentSort(), table.currentAscending(), request));
  }

  public List<LocalDate> getBasisDates() {
    if (basisDates == null) {
      basisDates = review.basisDates();
    }
    return basisDates;
  }

  /** Starts (or opens) the run of the chosen instalment and shows its page. */
  public String start() {
    LocalDate date = chosen();
    if (date == null) {
      messages.error("run.start.choose");
      return null;
    }
    try {
      RunProgress run = runs.start(date);
      return "/app/payment-run?faces-redirect=true&id=" + run.runId();
    } catch (RuntimeException e) {
      if (!PaymentFailures.show(messages, e)) {
        throw e;
      }
      return null;
    }
  }

  private LocalDate chosen() {
    if (instalment == null || instalment.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(instalment.strip());
      return getBasisDates().contains(date) ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String getInstalment() {
    return instalment;
  }

  public void setInstalment(String instalment) {
    this.instalment = instalment;
  }
}
