package no.imdi.grants.payment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a new run's background work once the transaction that inserted it has committed, so the
 * worker finds the row; if that transaction rolls back, nothing starts. A run that was started and
 * not picked up (a crash in between) is found by {@link PaymentRunRecovery}.
 */
@ApplicationScoped
public class PaymentRunLauncher implements RunLauncher {

  private static final Logger LOG = Logger.getLogger(PaymentRunLauncher.class.getName());

  @Resource private TransactionSynchronizationRegistry transactions;
  @Inject private PaymentRunner runner;

  @Override
  public void launchAfterCommit(long runId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              runner.resume(runId);
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  "Payment run " + runId + " not launched; the takeover timer will",
                  e);
            }
          }
        });
  }
}
