package no.imdi.grants.web.payment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.payment.PaymentRunService;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.bank.Pain002Reader;
import no.imdi.grants.payment.file.BankOutcome;
import no.imdi.grants.payment.file.BankReport;
import no.imdi.grants.payment.file.FileTransfer;
import no.imdi.grants.payment.file.PaymentFiles;
import no.imdi.grants.payment.file.StoredPaymentFile;
import no.imdi.grants.web.shared.Messages;

/**
 * The bank side of a run's page: the stored file of an approved run (message id, SHA-256, size,
 * transfers with the payees as at approval) and its download link; the bank's status report
 * (pain.002) uploaded and matched on the message id, which marks the run paid when every transfer
 * is accepted and otherwise shows the rejected ones with the bank's reason; or the payment
 * registered by hand with a comment.
 */
@Named
@ViewScoped
public class PaymentRunFileBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentFiles files;
  @EJB private PaymentRunService runs;
  @Inject private PaymentRunBean run;
  @Inject private Messages messages;

  private transient Part report;
  private String paidComment;
  private transient Optional<StoredPaymentFile> file;
  private transient List<FileTransfer> transfers;
  private transient List<BankReport> reports;

  public boolean isSent() {
    return run.getProgress() != null
        && (run.getProgress().state() == RunState.APPROVED
            || run.getProgress().state() == RunState.PAID);
  }

  public StoredPaymentFile getFile() {
    if (file == null) {
      file = isSent() ? files.file(run.getId()) : Optional.empty();
    }
    return file.orElse(null);
  }

  public List<FileTransfer> getTransfers() {
    if (transfers == null) {
      transfers = getFile() == null ? List.of() : files.transfers(run.getId());
    }
    return transfers;
  }

  public List<BankReport> getReports() {
    if (reports == null) {
      reports = getFile() == null ? List.of() : files.reports(run.getId());
    }
    return reports;
  }

  /** Reads the uploaded status report (at most the reader's limit) and imports it. */
  public String importReport() {
    if (report == null || report.getSize() == 0) {
      messages.error("run.report.choose");
      return null;
    }
    if (report.getSize() > Pain002Reader.MAX_BYTES) {
      messages.error("run.report.tooLarge", Pain002Reader.MAX_BYTES / (1024 * 1024));
      return null;
    }
    byte[] bytes;
    try (InputStream in = report.getInputStream()) {
      bytes = in.readNBytes(Pain002Reader.MAX_BYTES + 1);
    } catch (IOException e) {
      messages.error("run.report.unreadable", e.getMessage());
      return null;
    }
    try {
      BankOutcome outcome = files.importStatusReport(run.getId(), bytes);
      switch (outcome.outcome()) {
        case ACCEPTED -> messages.info("run.report.accepted", outcome.transfers().size());
        case REJECTED -> messages.error("run.report.rejected", outcome.rejected().size());
        case PENDING -> messages.info("run.report.pending");
      }
    } catch (RuntimeException e) {
      if (!PaymentFailures.show(messages, e)) {
        throw e;
      }
    }
    refresh();
    return null;
  }

  /** Registers the payment by hand, with the comment the run's audit keeps. */
  public String markPaid() {
    run.act(() -> runs.markPaid(run.getId(), run.getProgress().version(), paidComment), "run.paid");
    paidComment = null;
    refresh();
    return null;
  }

  private void refresh() {
    run.reload();
    file = null;
    transfers = null;
    reports = null;
  }

  public String getDownloadPath() {
    return "/app/payment-file?run=" + run.getId();
  }

  public Part getReport() {
    return report;
  }

  public void setReport(Part report) {
    this.report = report;
  }

  public String getPaidComment() {
    return paidComment;
  }

  public void setPaidComment(String paidComment) {
    this.paidComment = paidComment;
  }
}
