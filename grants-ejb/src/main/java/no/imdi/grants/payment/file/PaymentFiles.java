package no.imdi.grants.payment.file;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.PaymentRun;
import no.imdi.grants.payment.PaymentRunService;
import no.imdi.grants.payment.RunProgress;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.bank.Pain002Reader;
import no.imdi.grants.payment.bank.PaymentFileException;
import no.imdi.grants.payment.bank.StatusReport;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settings.SettingsBook;

/**
 * The bank file of a payment run (R-PAY-3): approving a run makes its file in the same transaction
 * (so an approved run has its file, and a file that cannot be made leaves the run proposed, with
 * the reason); IMDi's officers read and download it (each download recorded; anyone else is refused
 * and the refusal logged); the bank's status report (pain.002) is matched on the file's message id
 * and marks the run paid when it accepts every transfer, or shows the ones it rejected with the
 * bank's reason.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
public class PaymentFiles {

  static final String ACCEPTED_STATUSES = "payment.bankAcceptedStatuses";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private PaymentRunService runs;
  @Inject private PaymentLedger ledger;
  @Inject private PaymentFileMaker maker;
  @Inject private Pain002Reader reader;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  public PaymentFiles() {}

  public PaymentFiles(
      EntityManager em,
      PaymentRunService runs,
      PaymentLedger ledger,
      PaymentFileMaker maker,
      Pain002Reader reader,
      CurrentUser currentUser,
      Clock clock) {
    this.em = em;
    this.runs = runs;
    this.ledger = ledger;
    this.maker = maker;
    this.reader = reader;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Approves the run (maker/checker in the run service) and makes its bank file with the payees as
   * they are now, in one transaction.
   */
  @RolesAllowed(Role.IMDI_APPROVER_NAME)
  public RunProgress approve(long runId, long version, String comment) {
    RunProgress approved = runs.approve(runId, version, comment);
    PaymentRun run = ledger.find(runId).orElseThrow();
    maker.make(run, currentUser.username(), clock.instant());
    return approved;
  }

  /** The run's file, if it has one (IMDi only). */
  @PermitAll
  public Optional<StoredPaymentFile> file(long runId) {
    imdi("file", runId);
    return PaymentFileRows.find(em, runId);
  }

  /** The transfers of the run's file with the payees as at approval (IMDi only). */
  @PermitAll
  public List<FileTransfer> transfers(long runId) {
    imdi("transfers", runId);
    return PaymentFileRows.find(em, runId)
        .map(f -> PaymentFileRows.transfers(em, f.id()))
        .orElse(List.of());
  }

  /** The bank's reports of the run's file, newest first (IMDi only). */
  @PermitAll
  public List<BankReport> reports(long runId) {
    imdi("reports", runId);
    return PaymentFileRows.find(em, runId)
        .map(f -> StatusReportRows.reports(em, f.id()))
        .orElse(List.of());
  }

  /**
   * The file's bytes for a download, recorded with who and when. Open to every caller so that a
   * refusal is logged (as an {@link AccessDeniedException}) rather than turned away unrecorded.
   */
  @PermitAll
  public Optional<PaymentFileDownload> download(long runId) {
    imdi("download", runId);
    Optional<StoredPaymentFile> file = PaymentFileRows.find(em, runId);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    StoredPaymentFile f = file.get();
    PaymentFileRows.recordDownload(em, f.id(), currentUser.username(), clock.instant());
    return Optional.of(new PaymentFileDownload(f, PaymentFileRows.content(em, f.id())));
  }

  /**
   * Imports the bank's status report for the run's file: matched on the file's message id; the same
   * report twice counts once. When it accepts every transfer the approved run is marked paid.
   */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public BankOutcome importStatusReport(long runId, byte[] bytes) {
    imdi("importStatusReport", runId);
    StoredPaymentFile file =
        PaymentFileRows.find(em, runId)
            .orElseThrow(() -> new PaymentFileRefused("run.file.none", "run " + runId));
    StatusReport report;
    try {
      report = reader.read(new ByteArrayInputStream(bytes));
    } catch (PaymentFileException e) {
      throw new PaymentFileRefused("run.report.unreadable", e.getMessage());
    }
    if (!file.messageId().equals(report.originalMessageId())) {
      Optional<StoredPaymentFile> other =
          PaymentFileRows.byMessageId(em, report.originalMessageId());
      throw new PaymentFileRefused(
          "run.report.otherFile",
          "report for " + report.originalMessageId() + ", file " + file.messageId(),
          file.messageId(),
          other.map(o -> (Object) o.runId()).orElse("-"));
    }
    List<FileTransfer> transfers = PaymentFileRows.transfers(em, file.id());
    Set<String> known = transfers.stream().map(FileTransfer::endToEndId).collect(toSet());
    for (StatusReport.TransactionStatus t : report.transactions()) {
      if (!known.contains(t.endToEndId())) {
        throw new PaymentFileRefused(
            "run.report.unknownTransfer", t.endToEndId(), t.endToEndId(), file.messageId());
      }
    }
    BankOutcome outcome = BankOutcome.of(report, transfers, acceptedStatuses());
    Instant now = clock.instant();
    Optional<Long> id =
        StatusReportRows.insert(
            em,
            file.id(),
            PaymentFileMaker.sha256(bytes),
            bytes.length,
            report.groupStatus(),
            outcome.outcome(),
            now,
            currentUser.username());
    id.ifPresent(r -> StatusReportRows.insertTransfers(em, r, outcome.transfers()));
    PaymentRun run = ledger.find(runId).orElseThrow();
    if (outcome.outcome() == BankOutcome.Outcome.ACCEPTED && run.getState() == RunState.APPROVED) {
      runs.markPaid(
          runId,
          run.getVersion(),
          "pain.002 " + file.messageId() + ": " + transfers.size() + " overføringer akseptert");
    }
    return outcome;
  }

  private Set<String> acceptedStatuses() {
    String value = new SettingsBook(em).get(ACCEPTED_STATUSES).getValue();
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !s.equals("RJCT"))
        .collect(toSet());
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return Collectors.toUnmodifiableSet();
  }

  private void imdi(String what, long runId) {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException(
          "Payment file " + what + " of run " + runId + ": the bank file is IMDi's");
    }
  }
}
