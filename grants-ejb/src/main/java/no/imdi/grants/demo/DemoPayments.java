package no.imdi.grants.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.PaymentSettingsBook;
import no.imdi.grants.payment.RunEngine;
import no.imdi.grants.payment.file.PaymentFileRetryWork;

/**
 * The demo's payment runs: the instalment before the current one computed by the real run engine,
 * started by {@code imdi.saksbehandler}, approved by {@code imdi.godkjenner} and marked paid, each
 * step in the run's audit trail, and its bank file (pain.001) made on approval by the approver as
 * the approval on the page makes it (R-PAY-3), so that it downloads; the current instalment (the
 * quarter of today) is left for a caseworker to start. Only when no payment run exists yet, so a
 * later start adds nothing.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPayments {

  private static final Logger LOG = Logger.getLogger(DemoPayments.class.getName());
  static final String STARTER = "imdi.saksbehandler";
  static final String APPROVER = "imdi.godkjenner";

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Inject private PaymentSettingsBook settings;
  @Inject private Clock clock;
  @EJB private PaymentFileRetryWork files;

  public void load() {
    load(dataSource, settings::entitlements, clock, files::makeAs);
  }

  /** Makes an approved run's bank file by the approver at the approval, in its own transaction. */
  @FunctionalInterface
  interface FileMaker {
    void make(long runId, String approver, Instant approvedAt);
  }

  /** Loads the demo run unless a payment run exists; the paid run's id, or -1. */
  static long load(
      DataSource dataSource,
      java.util.function.Supplier<no.imdi.grants.payment.Entitlements> entitlements,
      Clock clock,
      FileMaker files) {
    LocalDate today = LocalDate.now(clock);
    LocalDate earlier =
        PaymentLedger.previous(InstalmentTerm.firstOnOrAfter(today).basisDate(today.getYear()));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      if (count(c, "SELECT count(*) FROM payment_run") > 0) {
        return -1;
      }
      Instant at = clock.instant();
      long run = insertRun(c, earlier, at.minus(Duration.ofDays(60)));
      new RunEngine(dataSource, entitlements, clock, 2000, Duration.ofMinutes(5), "demo")
          .run(run, -1);
      c.setAutoCommit(false);
      Instant approved = at.minus(Duration.ofDays(59));
      Instant paid = at.minus(Duration.ofDays(55));
      update(
          c,
          "UPDATE payment_run SET state = 'APPROVED', proposal_status = 'APPROVED',"
              + " reviewed_by = ?, reviewed_at = ?, version = version + 1 WHERE id = ?"
              + " AND state = 'PROPOSED'",
          APPROVER,
          approved,
          run);
      audit(c, run, APPROVER, approved, "approve", "PROPOSED", "APPROVED", null);
      c.commit();
      // the approval makes the file (PaymentFiles.approve); here in a transaction of its own
      // between the approval and the payment, as the retry would make it, with the payees then
      try {
        files.make(run, APPROVER, approved);
      } catch (RuntimeException e) {
        LOG.warning(() -> "Demo mode: payment run " + run + " has no bank file: " + e);
      }
      update(
          c,
          "UPDATE payment_run SET state = 'PAID', paid_by = ?, paid_at = ?,"
              + " paid_comment = 'Bankens bekreftelse (demo)', version = version + 1 WHERE id = ?",
          STARTER,
          paid,
          run);
      audit(c, run, STARTER, paid, "markPaid", "APPROVED", "PAID", "Bankens bekreftelse (demo)");
      c.commit();
      LOG.info(() -> "Demo mode: payment run " + run + " for " + earlier + " approved and paid");
      return run;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo payment run", e);
    }
  }

  private static long insertRun(Connection c, LocalDate instalment, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO payment_run (instalment, state, prepared_by, prepared_at, proposal_status)"
                + " VALUES (?, 'STARTED', ?, ?, 'PENDING') RETURNING id")) {
      ps.setObject(1, instalment);
      ps.setString(2, STARTER);
      ps.setTimestamp(3, Timestamp.from(at));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long id = rs.getLong(1);
        audit(c, id, STARTER, at, "start", null, "STARTED", null);
        return id;
      }
    }
  }

  private static void update(Connection c, String sql, String user, Instant at, long run)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, user);
      ps.setTimestamp(2, Timestamp.from(at));
      ps.setLong(3, run);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("Demo payment run " + run + " was not proposed");
      }
    }
  }

  private static void audit(
      Connection c,
      long run,
      String user,
      Instant at,
      String action,
      String from,
      String to,
      String comment)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO payment_run_audit (run_id, username, at, action, from_state, to_state,"
                + " comment) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, run);
      ps.setString(2, user);
      ps.setTimestamp(3, Timestamp.from(at));
      ps.setString(4, action);
      ps.setString(5, from);
      ps.setString(6, to);
      ps.setString(7, comment);
      ps.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
