package no.imdi.grants.bench;

import java.sql.Connection;
import java.util.function.Function;
import javax.sql.DataSource;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.statistics.StatisticsFilter;
import no.imdi.grants.statistics.StatisticsQueries;
import no.imdi.grants.testsupport.TestDatabase;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Fills a real PostgreSQL with 250 000 settled persons and 50 000 applications ({@link
 * StatisticsFill}: with decisions, complaints and eight instalments of payment lines) and times
 * each statistics figure's aggregate query as the statistics page runs it ({@link
 * StatisticsQueries}): for IMDi over every municipality, for one municipality (Oslo, as its own
 * caseworker sees it), and for IMDi with a period and a county. Prints the median and 95th
 * percentile per query.
 *
 * <p>Arguments: [persons (250000)] [applications (50000)] [runs (50)].
 */
public final class StatisticsBenchmark {

  private StatisticsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
    int applications = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    DataSource ds = TestDatabase.freshDatabase();
    long start = System.nanoTime();
    long[] written;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      written = StatisticsFill.fill(c, persons, applications);
    }
    System.out.printf(
        "Filled %d settled persons, %d applications, %d payment lines, %d complaints in %.1f s%n",
        written[0], written[1], written[2], written[3], (System.nanoTime() - start) / 1e9);
    StatisticsFilter all = StatisticsFilter.NONE;
    StatisticsFilter oslo = StatisticsFilter.NONE.within(MunicipalityScope.only("0301"));
    StatisticsFilter periodCounty = new StatisticsFilter(2024, 2025, "46", null);
    try (TestPersistence db = new TestPersistence(new ReusedConnection(ds))) {
      for (var f :
          new Object[][] {
            {"IMDi, all municipalities", all},
            {"one municipality (Oslo)", oslo},
            {"IMDi, 2024-2025, county 46", periodCounty}
          }) {
        String label = (String) f[0];
        StatisticsFilter filter = (StatisticsFilter) f[1];
        time(db, "settled persons, " + label, runs, filter, StatisticsQueries::settled);
        time(db, "applications, " + label, runs, filter, StatisticsQueries::applications);
        time(db, "amounts, " + label, runs, filter, StatisticsQueries::amounts);
        time(db, "processing time, " + label, runs, filter, StatisticsQueries::processingTimes);
        time(db, "complaints, " + label, runs, filter, StatisticsQueries::complaints);
        time(
            db,
            "the whole page (five figures), " + label,
            runs,
            filter,
            q -> {
              q.settled(filter);
              q.applications(filter);
              q.amounts(filter);
              q.processingTimes(filter);
              return q.complaints(filter);
            });
      }
    }
    System.exit(0);
  }

  private static void time(
      TestPersistence db,
      String name,
      int runs,
      StatisticsFilter filter,
      java.util.function.BiFunction<StatisticsQueries, StatisticsFilter, ?> query) {
    System.out.println(
        Timings.measure(
            name,
            5,
            runs,
            () -> db.inTransaction(em -> query.apply(new StatisticsQueries(em), filter))));
  }

  private static void time(
      TestPersistence db,
      String name,
      int runs,
      StatisticsFilter filter,
      Function<StatisticsQueries, ?> page) {
    System.out.println(
        Timings.measure(
            name, 5, runs, () -> db.inTransaction(em -> page.apply(new StatisticsQueries(em)))));
  }
}
