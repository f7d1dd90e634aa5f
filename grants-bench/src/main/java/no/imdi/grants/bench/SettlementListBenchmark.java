package no.imdi.grants.bench;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import no.imdi.grants.demo.DemoPopulation;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.SettlementRow;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestDatabase;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Fills a real PostgreSQL with 200 000 synthetic settled persons and times the settlements list at
 * the service level (the repository queries the page runs): a first page (count and rows) as IMDi
 * and as a municipality sees it, a later page of a list whose count is known, and filtered first
 * pages (the name filter also as typed in another order, with a comma, with a typo). Prints the
 * median and 95th percentile.
 *
 * <p>Arguments: [persons (200000)] [runs (200)].
 */
public final class SettlementListBenchmark {

  private SettlementListBenchmark() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    DataSource ds = TestDatabase.freshDatabase();
    long start = System.nanoTime();
    int written;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      written = DemoPopulation.populate(c, persons, 7);
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("vacuum analyze");
      }
    }
    System.out.printf(
        "Filled %d settled persons in %.1f s%n", written, (System.nanoTime() - start) / 1e9);
    try (TestPersistence db = new TestPersistence(new ReusedConnection(ds))) {
      PageRequest<SettlementSort> firstPage = new PageRequest<>(0, 25, SettlementSort.NAME, true);
      PageRequest<SettlementSort> byDate =
          new PageRequest<>(0, 25, SettlementSort.SETTLEMENT_DATE, false);
      System.out.println(
          Timings.measure(
              "first page, all municipalities (IMDi), by name",
              20,
              runs,
              () -> list(db, MunicipalityScope.ALL, SettlementFilter.NONE, firstPage)));
      PageRequest<SettlementSort> page40 = new PageRequest<>(1000, 25, SettlementSort.NAME, true);
      System.out.println(
          Timings.measure(
              "page 41 of the same list (count already known)",
              20,
              runs,
              () ->
                  db.inTransaction(
                      em ->
                          new SettlementRepository(em)
                              .rows(MunicipalityScope.ALL, SettlementFilter.NONE, page40))));
      System.out.println(
          Timings.measure(
              "first page, one municipality (Oslo), by name",
              20,
              runs,
              () -> list(db, MunicipalityScope.only("0301"), SettlementFilter.NONE, firstPage)));
      System.out.println(
          Timings.measure(
              "filtered: name contains \"hadd\", by name",
              20,
              runs,
              () ->
                  list(
                      db,
                      MunicipalityScope.ALL,
                      new SettlementFilter(null, "hadd", null, null, null),
                      firstPage)));
      for (String name : new String[] {"yusuf abdullahi", "Abdullahi, Yusuf", "Abdulahi Yusuf"}) {
        SettlementFilter byName = new SettlementFilter(null, name, null, null, null);
        long found = list(db, MunicipalityScope.ALL, byName, firstPage).total();
        System.out.println(
            Timings.measure(
                "filtered: name \"" + name + "\" (" + found + " found)",
                20,
                runs,
                () -> list(db, MunicipalityScope.ALL, byName, firstPage)));
      }
      System.out.println(
          Timings.measure(
              "filtered: year 2023 + collective protection, by date",
              20,
              runs,
              () ->
                  list(
                      db,
                      MunicipalityScope.ALL,
                      new SettlementFilter(
                          null, null, null, 2023, TargetGroup.COLLECTIVE_PROTECTION),
                      byDate)));
      System.out.println(
          Timings.measure(
              "filtered: Bergen + national id prefix \"01\", by name",
              20,
              runs,
              () ->
                  list(
                      db,
                      MunicipalityScope.ALL,
                      new SettlementFilter("4601", null, "01", null, null),
                      firstPage)));
    }
    System.exit(0);
  }

  private static Page<SettlementRow> list(
      TestPersistence db,
      MunicipalityScope scope,
      SettlementFilter filter,
      PageRequest<SettlementSort> page) {
    return db.inTransaction(em -> new SettlementRepository(em).list(scope, filter, page));
  }
}
