package no.imdi.grants.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;

/**
 * Takes over payment runs whose worker has gone (the server was killed, kill -9, or stopped): every
 * 15 seconds, by the injected clock, each run still STARTED or RUNNING whose lease is free or has
 * expired is resumed in the background, where its engine takes the lease and goes on from the last
 * committed chunk. Idempotent: a run another worker holds is left alone, and resuming twice
 * computes nothing twice. So a killed run finishes by itself after a restart.
 */
@Singleton
@Startup
@DependsOn("GrantsDatabase")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PaymentRunRecovery {

  private static final Logger LOG = Logger.getLogger(PaymentRunRecovery.class.getName());

  private static final String STOPPED =
      "SELECT id FROM payment_run WHERE state IN ('STARTED', 'RUNNING')"
          + " AND (lease_owner IS NULL OR lease_until < ?) ORDER BY id";

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Inject private PaymentRunner runner;
  @Inject private Clock clock;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void resumeStopped() {
    try {
      for (long id : stopped()) {
        LOG.info(() -> "Payment run " + id + " has no live worker: resuming");
        runner.resume(id);
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not look for stopped payment runs", e);
    }
  }

  private List<Long> stopped() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(STOPPED)) {
      ps.setTimestamp(1, Timestamp.from(clock.instant()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
