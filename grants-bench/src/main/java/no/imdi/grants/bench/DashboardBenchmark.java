package no.imdi.grants.bench;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import javax.sql.DataSource;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.dashboard.DashboardService;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestDatabase;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Times the start page of every role at the service level, as the page calls it ({@code
 * DashboardService}, one call per role: the caller's stored user and scope, then every aggregate
 * query of that dashboard), on a real PostgreSQL with 250 000 settled persons and 50 000
 * applications ({@link QueueFill}) and what the dashboards count ({@link DashboardFill}), today
 * 15.11.2025. Prints the median and 95th percentile per dashboard; the goal is a p95 of at most 200
 * ms.
 *
 * <p>Arguments: [persons (250000)] [applications (50000)] [runs (100)] [hold (0)]: with hold > 0
 * the filled database is kept for that many seconds after the timings (its name and port are
 * printed), to look at the plans with EXPLAIN.
 */
public final class DashboardBenchmark {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-11-15T09:00:00Z"), ZoneId.of("Europe/Oslo"));

  private static StatementTimes statements;

  private DashboardBenchmark() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
    int applications = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int hold = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    DataSource ds = TestDatabase.freshDatabase();
    long start = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      QueueFill.fill(c, persons, applications);
      DashboardFill.fill(c);
      printFigures(c);
    }
    System.out.printf("Filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
    StatementTimes statements = new StatementTimes(ds);
    try (TestPersistence db = new TestPersistence(statements.dataSource())) {
      DashboardBenchmark.statements = statements;
      time(
          db,
          runs,
          "municipality caseworker, Oslo",
          "kommune.oslo",
          DashboardService::municipality);
      time(
          db,
          runs,
          "municipality caseworker, Bergen",
          "kommune.bergen",
          DashboardService::municipality);
      time(db, runs, "finance officer, Oslo", "okonomi.oslo", DashboardService::finance);
      time(db, runs, "IMDi caseworker", QueueFill.CASEWORKER, DashboardService::imdi);
      time(db, runs, "IMDi approver", "imdi.godkjenner", DashboardService::approver);
      time(db, runs, "ministry", "departementet", DashboardService::ministry);
      time(db, runs, "administrator", "admin", DashboardService::admin);
    }
    if (hold > 0) {
      try (Connection c = ds.getConnection()) {
        System.out.println("Database kept for " + hold + " s: " + c.getMetaData().getURL());
      }
      Thread.sleep(hold * 1000L);
    }
    System.exit(0);
  }

  private static void time(
      TestPersistence db,
      int runs,
      String name,
      String user,
      Function<DashboardService, Object> dashboard) {
    statements.reset();
    System.out.println(
        Timings.measure(
            name,
            10,
            runs,
            () ->
                db.inTransaction(
                    (EntityManager em) ->
                        dashboard.apply(
                            new DashboardService(
                                em,
                                new CurrentUser(Callers.as(user), em),
                                new SettingsBook(em),
                                CLOCK)))));
    statements.print();
  }

  private static void printFigures(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select (select count(*) from person), (select count(*) from grant_application),"
                    + " (select count(*) from work_queue), (select count(*) from decision),"
                    + " (select count(*) from inbox_item), (select count(*) from accounts_report),"
                    + " (select count(*) from complaint), (select count(*) from payment_line)")) {
      rs.next();
      System.out.printf(
          "%d persons, %d applications, %d in the work queue, %d decisions, %d inbox items,"
              + " %d accounts reports, %d complaints, %d payment lines%n",
          rs.getLong(1),
          rs.getLong(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getLong(5),
          rs.getLong(6),
          rs.getLong(7),
          rs.getLong(8));
    }
  }
}
