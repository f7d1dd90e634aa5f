package no.imdi.grants.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
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
 * Runs a payment run's engine in the background, outside any HTTP request and outside the
 * container's transaction (the engine commits chunk by chunk itself). Safe to call for a run that
 * another worker holds: the engine then finds the lease taken and returns.
 */
@Stateless
@PermitAll
public class PaymentRunner {

  private static final Logger LOG = Logger.getLogger(PaymentRunner.class.getName());
  static final String WORKER = "pid" + ProcessHandle.current().pid();

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Inject private PaymentSettingsBook settings;
  @Inject private Clock clock;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void resume(long runId) {
    try {
      RunEngine engine =
          new RunEngine(
              dataSource,
              settings::entitlements,
              clock,
              settings.chunkSize(),
              settings.lease(),
              WORKER);
      RunEngine.Outcome outcome = engine.run(runId, -1);
      LOG.info(() -> "Payment run " + runId + ": " + outcome);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Payment run " + runId + " stopped; its lease will be taken over", e);
    }
  }
}
