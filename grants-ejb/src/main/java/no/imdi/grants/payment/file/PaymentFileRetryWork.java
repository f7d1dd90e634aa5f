package no.imdi.grants.payment.file;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import no.imdi.grants.payment.PaymentLedger;

/**
 * Makes one approved run's missing file in a transaction of its own (see {@link PaymentFileRetry}).
 */
@Stateless
@PermitAll
public class PaymentFileRetryWork {

  static final String SYSTEM = "system";

  @Inject private PaymentLedger ledger;
  @Inject private PaymentFileMaker maker;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void make(long runId) {
    ledger.find(runId).ifPresent(run -> maker.make(run, SYSTEM, clock.instant()));
  }

  /**
   * Makes the approved run's file as its approval would have, by the approver at the approval (the
   * demo's paid run, which the demo loader approves, R-PAY-3).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void makeAs(long runId, String approver, java.time.Instant approvedAt) {
    ledger.find(runId).ifPresent(run -> maker.make(run, approver, approvedAt));
  }
}
