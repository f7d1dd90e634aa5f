package no.imdi.grants.payment.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import no.imdi.grants.payment.MunicipalityPayment;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.PaymentRun;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.bank.CreditTransfer;
import no.imdi.grants.payment.bank.Pain001Writer;
import no.imdi.grants.payment.bank.PaymentFileException;
import no.imdi.grants.payment.bank.PaymentOrder;

/**
 * Makes the bank file of an approved run exactly once (R-PAY-3): the run's payments (one credit
 * transfer per municipality with its EndToEndId and group amounts), the payees as they were when
 * the run was approved, IMDi as the debtor from its settings, written and validated by {@link
 * Pain001Writer}, then stored with its SHA-256 under the run's unique key. Asking again, or two
 * callers at once, gives the one stored file: the insert does nothing on a conflict and the stored
 * row is read back.
 */
@ApplicationScoped
public class PaymentFileMaker {

  private static final Logger LOG = Logger.getLogger(PaymentFileMaker.class.getName());

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private PaymentLedger ledger;
  @Inject private Pain001Writer writer;

  protected PaymentFileMaker() {}

  public PaymentFileMaker(EntityManager em, PaymentLedger ledger, Pain001Writer writer) {
    this.em = em;
    this.ledger = ledger;
    this.writer = writer;
  }

  /** The run's file, made now if the approved run has none; by whom it is made, and when. */
  public StoredPaymentFile make(PaymentRun run, String by, Instant at) {
    Optional<StoredPaymentFile> stored = PaymentFileRows.find(em, run.getId());
    if (stored.isPresent()) {
      return stored.get();
    }
    if (run.getState() != RunState.APPROVED && run.getState() != RunState.PAID) {
      throw new PaymentFileRefused(
          "run.file.notApproved", "run " + run.getId() + " is " + run.getState(), run.getState());
    }
    Instant approvedAt = run.getProposal().getReviewedAt();
    List<MunicipalityPayment> payments = ledger.payments(run);
    if (payments.isEmpty()) {
      throw new PaymentFileRefused("run.file.nothingToPay", "run " + run.getId() + " pays nothing");
    }
    List<CreditTransfer> transfers = new ArrayList<>(payments.size());
    List<PayeeAsAt> payees = new ArrayList<>(payments.size());
    for (MunicipalityPayment p : payments) {
      PayeeAsAt payee =
          PaymentFileRows.payeeAt(em, p.municipality(), approvedAt == null ? at : approvedAt)
              .orElseThrow(
                  () ->
                      new PaymentFileRefused(
                          "run.file.noPayee",
                          "no payee for " + p.municipality(),
                          p.municipalityName()));
      payees.add(payee);
      transfers.add(
          new CreditTransfer(
              p.endToEndId(),
              p.municipality(),
              p.municipalityName(),
              payee.organisationNumber(),
              payee.accountNumber(),
              p.netOre(),
              Remittance.groups(p.groupOre())));
    }
    DebtorSettings debtor = DebtorSettings.read(em);
    LocalDate executionDate = PayoutDay.of(em, run.getInstalment(), at);
    PaymentOrder order =
        new PaymentOrder(
            messageId(run),
            at,
            executionDate,
            debtor.name(),
            debtor.organisationNumber(),
            debtor.account(),
            debtor.bic(),
            transfers);
    byte[] xml;
    try {
      xml = writer.write(order);
    } catch (PaymentFileException e) {
      LOG.severe(() -> "Payment run " + run.getId() + ": no valid file: " + e.getMessage());
      throw new PaymentFileRefused("run.file.invalid", e.getMessage(), e.getMessage());
    }
    String sha = sha256(xml);
    Optional<Long> id =
        PaymentFileRows.insert(em, run.getId(), order, xml, sha, order.totalOre(), at, by);
    if (id.isPresent()) {
      PaymentFileRows.insertTransfers(em, id.get(), transfers);
      LOG.info(
          () ->
              "Payment run "
                  + run.getId()
                  + ": bank file "
                  + order.messageId()
                  + " stored ("
                  + xml.length
                  + " bytes, sha256 "
                  + sha
                  + ")");
    }
    return PaymentFileRows.find(em, run.getId()).orElseThrow();
  }

  /** The file's message id, the same for the run however often it is made: IMDI-12-20250630. */
  static String messageId(PaymentRun run) {
    return "IMDI-" + run.getId() + "-" + run.getInstalment().toString().replace("-", "");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
