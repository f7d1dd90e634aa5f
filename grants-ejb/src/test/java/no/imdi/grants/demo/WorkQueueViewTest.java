package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V50 reshapes the work queue's view for speed (the matters first, the case, person and
 * municipality joined once); it must hold exactly the rows and values of V13's definition. Compared
 * on the demo cases, which have every kind of item in the queue (applications, a conversion,
 * requests for a later deadline, enquiries) in two municipalities and every state. V91 adds the
 * accounts reports (R-REP) and V103 the complaints (R-AP) as branches of their own (joined in
 * V120); the rows of V13's kinds stay the same.
 */
class WorkQueueViewTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  /** The view's rows of the kinds V13 knew (V91 adds the accounts reports, V103 complaints). */
  private static final String V13_KINDS =
      " (select * from work_queue where item_type not like 'ACCOUNTS%'"
          + " and item_type <> 'COMPLAINT') q";

  private TestPersistence db;

  @BeforeEach
  void arrange() throws SQLException {
    db = new TestPersistence();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(resource("work_queue_v13.sql"));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theViewHoldsTheSameRowsAsBefore() throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      DemoDataLoader.insertUsers(c);
      DemoRates.insert(c, NOW);
    }
    new DemoCases(
            db::run,
            db.dataSource(),
            Clock.fixed(NOW, ZoneId.of("Europe/Oslo")),
            new RecordedEvents<>(),
            new RecordedEvents<>(),
            Thread::new)
        .load();

    assertThat(db.count("select count(distinct item_type) from" + V13_KINDS)).isEqualTo(4);
    assertThat(db.count("select count(*) from work_queue where item_type like 'ACCOUNTS%'"))
        .isPositive();
    assertThat(db.count("select count(*) from work_queue_v13"))
        .isEqualTo(db.count("select count(*) from" + V13_KINDS));
    assertThat(
            db.count(
                "select count(*) from (select * from"
                    + V13_KINDS
                    + " except all"
                    + " select * from work_queue_v13) x"))
        .isZero();
    assertThat(
            db.count(
                "select count(*) from (select * from work_queue_v13 except all"
                    + " select * from"
                    + V13_KINDS
                    + ") x"))
        .isZero();
  }

  private static String resource(String name) {
    try (InputStream in = WorkQueueViewTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
