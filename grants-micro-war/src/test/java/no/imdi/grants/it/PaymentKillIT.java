package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.imdi.grants.launcher.LocalDatabase;
import no.imdi.grants.launcher.MicroServer;
import org.junit.jupiter.api.Test;

/**
 * Exactly once with a real server process (R-PAY-4): a payment run is started on a Payara Micro of
 * its own (own PostgreSQL, demo data), the process is killed ({@code kill -9}) while the run is in
 * the middle of its chunks, and a new process on the same database takes the run over by itself
 * once the lease has expired and finishes it: no duplicate, no missing line, and the same lines and
 * totals as an uninterrupted run of the same instalment computed afterwards.
 */
class PaymentKillIT {

  private static final Duration READY = Duration.ofMinutes(4);

  @Test
  void aRunKilledMidWayResumesAfterARestartWithTheSameLinesAsAnUninterruptedRun() throws Exception {
    Path work = Path.of(System.getProperty("grants.it.workDir", "target/it")).resolve("kill");
    // a fresh database each time: a run of the test command before this one left its run open there
    deleteTree(work);
    try (LocalDatabase database = LocalDatabase.start(work.resolve("postgres"), freePort())) {
      Map<String, String> env =
          Map.of(
              "GRANTS_DB_URL",
              database.jdbcUrl(),
              "GRANTS_DB_USER",
              database.user(),
              "GRANTS_DB_PASSWORD",
              database.password(),
              "GRANTS_DEMO_ENABLED",
              "true",
              "GRANTS_DEMO_PERSONS",
              "2000",
              "GRANTS_DEMO_CASES",
              "false");
      long run;
      try (MicroServer first = server(work, env, "first")) {
        try (Connection c = connect(database)) {
          sql(c, "UPDATE setting SET value = '2' WHERE key = 'payment.chunkSize'");
          sql(c, "UPDATE setting SET value = '5' WHERE key = 'payment.leaseSeconds'");
          run = startRun(c);
          awaitChunks(c, run, 25, first);
          first.kill();
          assertThat(value(c, "SELECT state FROM payment_run WHERE id = " + run))
              .as("the run was killed while running")
              .isEqualTo("RUNNING");
          assertThat(number(c, "SELECT persons_done FROM payment_run WHERE id = " + run))
              .isLessThan(number(c, "SELECT persons_total FROM payment_run WHERE id = " + run));
        }
      }
      try (MicroServer second = server(work, env, "second");
          Connection c = connect(database)) {
        awaitState(c, run, "PROPOSED", second);
        assertThat(number(c, "SELECT attempts FROM payment_run WHERE id = " + run))
            .isGreaterThanOrEqualTo(2);
        assertThat(
                number(
                    c,
                    "SELECT persons_total - persons_done - persons_skipped FROM payment_run"
                        + " WHERE id = "
                        + run))
            .isZero();
        List<String> resumed = lines(c, "payment_line", run);
        assertThat(resumed).isNotEmpty();

        reject(c, run);
        sql(c, "UPDATE setting SET value = '10000' WHERE key = 'payment.chunkSize'");
        long uninterrupted = startRun(c);
        awaitState(c, uninterrupted, "PROPOSED", second);
        assertThat(number(c, "SELECT attempts FROM payment_run WHERE id = " + uninterrupted))
            .isEqualTo(1);
        assertThat(lines(c, "payment_line", uninterrupted)).isEqualTo(resumed);
        assertThat(lines(c, "payment_line_rejected", run)).isEqualTo(resumed);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
  }

  private static MicroServer server(Path work, Map<String, String> env, String name)
      throws Exception {
    MicroServer server =
        MicroServer.start(
            Path.of(System.getProperty("grants.it.microJar")),
            Path.of(System.getProperty("grants.it.war")),
            freePort(),
            false,
            env,
            work.resolve(name));
    if (!server.awaitReady(READY)) {
      server.close();
      throw new IllegalStateException("No server; see " + work.resolve(name));
    }
    return server;
  }

  /** The instalment after the demo's paid one, started as the timer finds it (no lease yet). */
  private static long startRun(Connection c) throws SQLException {
    String instalment =
        value(
            c,
            "SELECT (date_trunc('quarter', max(instalment) + 1) + interval '3 months'"
                + " - interval '1 day')::date FROM payment_run WHERE state = 'PAID'");
    return number(
        c,
        "INSERT INTO payment_run (instalment, state, prepared_by, prepared_at, proposal_status)"
            + " VALUES (date '"
            + instalment
            + "', 'STARTED', 'imdi.saksbehandler', now(), 'PENDING') RETURNING id");
  }

  private static void reject(Connection c, long run) throws SQLException {
    c.setAutoCommit(false);
    sql(
        c,
        "UPDATE payment_run SET state = 'REJECTED', proposal_status = 'SENT_BACK', reviewed_by ="
            + " 'imdi.godkjenner', reviewed_at = now(), review_comment = 'compare' WHERE id = "
            + run);
    sql(
        c,
        "INSERT INTO payment_line_rejected SELECT id, run_id, person_id, municipality, code,"
            + " payment_group, entitlement_key, instalment, due_basis, amount_ore, kind, rule_ids,"
            + " reason_key, reason_args, now() FROM payment_line WHERE run_id = "
            + run);
    sql(c, "DELETE FROM payment_line WHERE run_id = " + run);
    c.commit();
    c.setAutoCommit(true);
  }

  private static void awaitChunks(Connection c, long run, int chunks, MicroServer server)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline && server.isAlive()) {
      if (number(c, "SELECT chunks_done FROM payment_run WHERE id = " + run) >= chunks) {
        return;
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("Run " + run + " did not reach " + chunks + " chunks");
  }

  private static void awaitState(Connection c, long run, String state, MicroServer server)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline && server.isAlive()) {
      if (state.equals(value(c, "SELECT state FROM payment_run WHERE id = " + run))) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Run " + run + " did not become " + state);
  }

  private static List<String> lines(Connection c, String table, long run) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT entitlement_key, municipality, amount_ore, kind FROM "
                    + table
                    + " WHERE run_id = "
                    + run
                    + " ORDER BY entitlement_key, municipality")) {
      while (rs.next()) {
        String key = rs.getString(1).replaceFirst("^C/(\\d{4})/\\d+$", "C/$1");
        lines.add(key + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getString(4));
      }
    }
    return lines;
  }

  private static Connection connect(LocalDatabase database) throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
  }

  private static void sql(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String value(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static long number(Connection c, String sql) throws SQLException {
    return Long.parseLong(value(c, sql));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
