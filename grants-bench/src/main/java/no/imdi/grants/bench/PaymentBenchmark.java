package no.imdi.grants.bench;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import no.imdi.grants.payment.PaymentSettingsBook;
import no.imdi.grants.payment.RunEngine;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestDatabase;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * One instalment's payment proposal on a real PostgreSQL, side by side with a hand-written
 * set-based {@code INSERT ... SELECT} that produces the same lines: 250 000 persons settled and
 * registered in the first quarter of 2025 (every one owed year 1's code, some ELDR or BHT) and 5
 * 000 approved T2 grants, instalment 31.03.2025. Times the SQL into the ledger itself (as a run
 * that is then rejected, so its lines move out as the service moves them) and the run engine
 * (chunked, JDBC, with its lease and progress) into the same table, checks that both wrote the same
 * lines, then times the idempotent reruns (a second run of the instalment that adds nothing, and
 * the SQL again; the engine's walks only the change log's persons, R-PAY-4), then a rerun after one
 * person's move. Prints the heap the engine used.
 *
 * <p>Arguments: [persons (250000)] [grants (5000)] [chunk size (10000)].
 */
public final class PaymentBenchmark {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneId.of("Europe/Oslo"));

  private PaymentBenchmark() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
    int grants = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    DataSource ds = TestDatabase.freshDatabase();
    long fillStart = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      fill(c, persons, grants);
      update(c, SetBasedProposal.RATES);
      c.commit();
      sql(c, "ANALYZE");
    }
    System.out.printf(
        "Filled %d persons and %d T2 grants in %.1f s%n",
        persons, grants, (System.nanoTime() - fillStart) / 1e9);
    try (TestPersistence db = new TestPersistence(ds);
        Connection c = ds.getConnection()) {
      // the hand-written SQL first, into the same table (its keys, indexes, foreign keys)
      long sqlRun = newRun(c);
      long start = System.nanoTime();
      long sqlRows = update(c, String.format(SetBasedProposal.SQL, sqlRun));
      double sqlSeconds = (System.nanoTime() - start) / 1e9;
      reject(c, sqlRun);

      long run = newRun(c);
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      long heapBefore = runtime.totalMemory() - runtime.freeMemory();
      start = System.nanoTime();
      RunEngine.Outcome outcome =
          new RunEngine(ds, engine(db), CLOCK, chunk, Duration.ofMinutes(5), "bench").run(run, -1);
      double engineSeconds = (System.nanoTime() - start) / 1e9;
      long heapAfter = runtime.totalMemory() - runtime.freeMemory();
      long lines = count(c, "SELECT count(*) FROM payment_line WHERE run_id = " + run);
      long missing =
          count(
              c,
              "SELECT count(*) FROM ("
                  + String.format(SetBasedProposal.COMPARE_SQL_EXCEPT_ENGINE, run)
                  + ") x");
      long extra =
          count(
              c,
              "SELECT count(*) FROM ("
                  + String.format(SetBasedProposal.COMPARE_ENGINE_EXCEPT_SQL, run)
                  + ") x");

      sql(
          c,
          "UPDATE payment_run SET state = 'APPROVED', proposal_status = 'APPROVED',"
              + " reviewed_by = 'bench.approver', reviewed_at = now() WHERE id = "
              + run);
      long second = newRun(c);
      start = System.nanoTime();
      new RunEngine(ds, engine(db), CLOCK, chunk, Duration.ofMinutes(5), "bench").run(second, -1);
      double rerunSeconds = (System.nanoTime() - start) / 1e9;
      long rerunLines = count(c, "SELECT count(*) FROM payment_line WHERE run_id = " + second);
      start = System.nanoTime();
      long sqlAgain = update(c, String.format(SetBasedProposal.SQL, second));
      double sqlRerunSeconds = (System.nanoTime() - start) / 1e9;

      // R-PAY-4: one person moves after the rerun; the next rerun walks that person only
      sql(
          c,
          "UPDATE payment_run SET state = 'APPROVED', proposal_status = 'APPROVED',"
              + " reviewed_by = 'bench.approver', reviewed_at = now() WHERE id = "
              + second);
      sql(
          c,
          "INSERT INTO settlement_move (id, settlement_id, from_municipality, to_municipality,"
              + " move_date) SELECT nextval('settlement_move_seq'), id, municipality,"
              + " CASE WHEN municipality = '4601' THEN '0301' ELSE '4601' END, date '2025-03-25'"
              + " FROM settlement WHERE settlement_date < date '2025-03-20' ORDER BY id LIMIT 1");
      sql(
          c,
          "UPDATE settlement s SET municipality = m.to_municipality FROM (SELECT settlement_id,"
              + " to_municipality FROM settlement_move ORDER BY id DESC LIMIT 1) m"
              + " WHERE s.id = m.settlement_id");
      long third = newRun(c);
      start = System.nanoTime();
      new RunEngine(ds, engine(db), CLOCK, chunk, Duration.ofMinutes(5), "bench").run(third, -1);
      double changedSeconds = (System.nanoTime() - start) / 1e9;
      long changedLines = count(c, "SELECT count(*) FROM payment_line WHERE run_id = " + third);
      long walked = count(c, "SELECT persons_total FROM payment_run WHERE id = " + third);

      System.out.printf("Instalment 31.03.2025, %d settlements, chunk size %d%n", persons, chunk);
      System.out.printf(
          "  run engine (%s):       %8d lines in %6.2f s%n", outcome, lines, engineSeconds);
      System.out.printf(
          "  set-based INSERT ... SELECT: %8d lines in %6.2f s  (engine/SQL %.2fx)%n",
          sqlRows, sqlSeconds, engineSeconds / sqlSeconds);
      System.out.printf(
          "  same lines: %s (%d only in the SQL's, %d only in the engine's)%n",
          missing == 0 && extra == 0, missing, extra);
      System.out.printf(
          "  idempotent rerun, engine:    %8d lines in %6.2f s%n", rerunLines, rerunSeconds);
      System.out.printf(
          "  idempotent rerun, SQL:       %8d lines in %6.2f s%n", sqlAgain, sqlRerunSeconds);
      System.out.printf(
          "  rerun after one move, engine: %7d lines in %6.2f s (%d settlements walked)%n",
          changedLines, changedSeconds, walked);
      System.out.printf(
          "  heap in use before/after the engine: %d / %d MB (max %d MB)%n",
          heapBefore >> 20, heapAfter >> 20, runtime.maxMemory() >> 20);
    }
  }

  /** Rejects the SQL's run as the service does: its lines leave the ledger, kept aside. */
  private static void reject(Connection c, long run) throws Exception {
    c.setAutoCommit(false);
    sql(
        c,
        "UPDATE payment_run SET state = 'REJECTED', proposal_status = 'SENT_BACK',"
            + " reviewed_by = 'bench.approver', reviewed_at = now() WHERE id = "
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
    sql(c, "VACUUM ANALYZE payment_line");
  }

  private static java.util.function.Supplier<no.imdi.grants.payment.Entitlements> engine(
      TestPersistence db) {
    return () -> {
      EntityManager em = db.entityManager();
      try {
        return new PaymentSettingsBook(new SettingsBook(em), new RateBook(em)).entitlements();
      } finally {
        em.close();
      }
    };
  }

  private static void fill(Connection c, int persons, int grants) throws Exception {
    update(c, String.format(SetBasedProposal.FILL_PERSONS, persons));
    update(c, String.format(SetBasedProposal.FILL_SETTLEMENTS, persons));
    update(c, String.format(SetBasedProposal.FILL_CASES, grants, Math.max(1, persons / grants)));
    update(c, SetBasedProposal.FILL_APPLICATIONS);
    update(c, SetBasedProposal.FILL_DECISIONS);
  }

  private static long newRun(Connection c) throws Exception {
    return count(
        c,
        "INSERT INTO payment_run (instalment, state, prepared_by, prepared_at,"
            + " proposal_status) VALUES (date '2025-03-31', 'STARTED', 'bench', now(), 'PENDING')"
            + " RETURNING id");
  }

  private static void sql(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long update(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
