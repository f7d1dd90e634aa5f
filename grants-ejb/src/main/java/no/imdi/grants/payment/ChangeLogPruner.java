package no.imdi.grants.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;

/**
 * Prunes the payment run's change log every night (R-PAY-4, {@link ChangeLogPruning}) with the
 * retention of the setting {@code payment.changeLog.retentionDays}. Not persistent: each cluster
 * member runs it; the batches' advisory lock lets one delete at a time, and the second finds
 * nothing left to prune.
 */
@Singleton
@DependsOn("GrantsDatabase")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChangeLogPruner {

  private static final Logger LOG = Logger.getLogger(ChangeLogPruner.class.getName());

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Inject private PaymentSettingsBook settings;
  @Inject private Clock clock;

  @Schedule(hour = "2", minute = "43", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    try {
      long pruned =
          new ChangeLogPruning(dataSource, clock)
              .prune(settings.changeLogRetention(), ChangeLogPruning.BATCH);
      LOG.info(() -> "Payment change log pruning done: " + pruned + " changes deleted (R-PAY-4)");
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not prune the payment change log", e);
    }
  }
}
