package no.imdi.grants.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The demo users, a small population, the rates and the demo cases on a test database, as {@code
 * DemoCasesTest} loads them, for tests of other packages (the container's observers do not run:
 * approvals deliver no letters).
 */
public final class DemoFixtures {

  private DemoFixtures() {}

  public static void load(TestPersistence db, Clock clock) throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      DemoDataLoader.insertUsers(c);
      DemoPopulation.populate(c, 200, 3);
      DemoRates.insert(c, clock.instant());
    }
    new DemoCases(
            db::run,
            db.dataSource(),
            clock,
            new RecordedEvents<>(),
            new RecordedEvents<>(),
            Thread::new)
        .load();
  }
}
