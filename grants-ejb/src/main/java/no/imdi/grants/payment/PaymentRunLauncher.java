package no.imdi.grants.payment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Starts a new run's background work once the transaction that inserted it has committed, so the
 * worker finds the row; if that transaction rolls back, nothing starts. A run that was started and
 * not picked up (a crash in between) is found by {@link PaymentRunRecovery}.
 */
@ApplicationScoped
public class PaymentRunLauncher implements RunLauncher {

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
            if (status == Status.STATUS_COMMITTED) {
              runner.resume(runId);
            }
          }
        });
  }
}
