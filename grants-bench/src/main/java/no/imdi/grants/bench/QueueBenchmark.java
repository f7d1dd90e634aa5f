package no.imdi.grants.bench;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueItemType;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.disability.application.CaseServicesAs;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestDatabase;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Fills a real PostgreSQL with 50 000 applications ({@link QueueFill}) and times IMDi's work queue
 * at the service level, as the queue page calls it: {@code ImdiCaseService.queue} as an IMDi
 * caseworker (the caller's stored user and scope, then the rows and the count of {@code
 * WorkQueue}), for the first page, a later page, both sorts in both directions, and filtered by
 * municipality, county, type, status, assignee and unassigned. Prints the median and 95th
 * percentile per query; the goal is a p95 of at most 100 ms.
 *
 * <p>With {@code compare} as the fourth argument, each query is timed twice, in turns: with the
 * view as the migrations leave it, and with the view as V13 defined it (before V50), so that the
 * two are measured under the same load.
 *
 * <p>Arguments: [applications (50000)] [runs (200)] [page size (25)] [compare].
 */
public final class QueueBenchmark {

  private static final Clock CLOCK = Clock.system(ZoneId.of("Europe/Oslo"));
  private static final String V13 = "/no/imdi/grants/demo/work_queue_v13.sql";

  private static DataSource dataSource;
  private static java.util.function.Consumer<DataSource> compare;
  private static String current;

  private QueueBenchmark() {}

  public static void main(String[] args) throws Exception {
    int applications = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    compare = args.length > 3 && args[3].equals("compare") ? ds -> v13(ds) : null;
    DataSource ds = TestDatabase.freshDatabase();
    dataSource = ds;
    long start = System.nanoTime();
    long written;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      written = QueueFill.fill(c, applications);
      printFigures(c);
    }
    System.out.printf(
        "Filled %d applications in %.1f s%n", written, (System.nanoTime() - start) / 1e9);
    try (TestPersistence db = new TestPersistence(new ReusedConnection(ds))) {
      PageRequest<QueueSort> deadline = new PageRequest<>(0, size, QueueSort.DEADLINE, true);
      PageRequest<QueueSort> age = new PageRequest<>(0, size, QueueSort.AGE, true);
      time(db, runs, "first page, by deadline", QueueFilter.NONE, deadline);
      time(db, runs, "first page, by age", QueueFilter.NONE, age);
      time(
          db,
          runs,
          "first page, by deadline, latest first",
          QueueFilter.NONE,
          new PageRequest<>(0, size, QueueSort.DEADLINE, false));
      time(
          db,
          runs,
          "first page, by age, newest first",
          QueueFilter.NONE,
          new PageRequest<>(0, size, QueueSort.AGE, false));
      time(
          db,
          runs,
          "page 41, by deadline",
          QueueFilter.NONE,
          new PageRequest<>(40 * size, size, QueueSort.DEADLINE, true));
      time(db, runs, "municipality Oslo (0301), by deadline", filter("0301", null), deadline);
      time(db, runs, "municipality Tromsø (5501), by age", filter("5501", null), age);
      time(db, runs, "county Vestland (46), by deadline", filter(null, "46"), deadline);
      time(
          db,
          runs,
          "type EXTENSION_REQUEST, by deadline",
          type(QueueItemType.EXTENSION_REQUEST),
          deadline);
      time(db, runs, "type CONVERSION, by age", type(QueueItemType.CONVERSION), age);
      time(db, runs, "type ENQUIRY, by age", type(QueueItemType.ENQUIRY), age);
      time(
          db,
          runs,
          "status SUBMITTED, by deadline",
          new QueueFilter(null, null, null, "SUBMITTED", null, false),
          deadline);
      time(
          db,
          runs,
          "type APPLICATION + status PREPARED, by age",
          new QueueFilter(null, null, QueueItemType.APPLICATION, "PREPARED", null, false),
          age);
      time(
          db,
          runs,
          "assignee " + QueueFill.CASEWORKER + ", by deadline",
          new QueueFilter(null, null, null, null, QueueFill.CASEWORKER, false),
          deadline);
      time(
          db, runs, "unassigned, by age", new QueueFilter(null, null, null, null, null, true), age);
      time(
          db,
          runs,
          "Oslo + unassigned + SUBMITTED, by deadline",
          new QueueFilter("0301", null, null, "SUBMITTED", null, true),
          deadline);
    }
    System.exit(0);
  }

  private static void time(
      TestPersistence db, int runs, String name, QueueFilter filter, PageRequest<QueueSort> page) {
    long total = queue(db, filter, page).total();
    System.out.println(
        Timings.measure(name + " (" + total + ")", 20, runs, () -> queue(db, filter, page)));
    if (compare != null) {
      compare.accept(dataSource);
      System.out.println(
          Timings.measure("  the same with V13's view", 20, runs, () -> queue(db, filter, page)));
      restore(dataSource);
    }
  }

  /** The view as V13 defined it, in place of the current one (the same columns). */
  private static void v13(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      if (current == null) {
        try (ResultSet rs = s.executeQuery("select pg_get_viewdef('work_queue'::regclass, true)")) {
          rs.next();
          current = rs.getString(1);
        }
      }
      String sql;
      try (var in = QueueBenchmark.class.getResourceAsStream(V13)) {
        sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      s.execute(
          sql.replace("CREATE VIEW work_queue_v13 AS", "CREATE OR REPLACE VIEW work_queue AS"));
    } catch (Exception e) {
      throw new IllegalStateException("Could not put V13's view in place", e);
    }
  }

  private static void restore(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE VIEW work_queue AS " + current);
    } catch (Exception e) {
      throw new IllegalStateException("Could not restore the view", e);
    }
  }

  private static Page<QueueItem> queue(
      TestPersistence db, QueueFilter filter, PageRequest<QueueSort> page) {
    return db.inTransaction((EntityManager em) -> services(em).queue(filter, page));
  }

  private static no.imdi.grants.disability.application.ImdiCaseService services(EntityManager em) {
    return new CaseServicesAs(em, CLOCK, new NoEvents<>(), new NoEvents<>())
        .imdi(QueueFill.CASEWORKER);
  }

  private static QueueFilter filter(String municipality, String county) {
    return new QueueFilter(municipality, county, null, null, null, false);
  }

  private static QueueFilter type(QueueItemType type) {
    return new QueueFilter(null, null, type, null, null, false);
  }

  private static void printFigures(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select (select count(*) from grant_application),"
                    + " (select count(*) from work_queue),"
                    + " (select count(*) from extension_request),"
                    + " (select count(*) from enquiry),"
                    + " (select count(distinct municipality) from settlement),"
                    + " (select version())")) {
      rs.next();
      System.out.printf(
          "%d applications, %d in the work queue, %d extension requests, %d enquiries,"
              + " %d municipalities; %s%n",
          rs.getLong(1),
          rs.getLong(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getLong(5),
          rs.getString(6).split(",")[0]);
    }
  }
}
