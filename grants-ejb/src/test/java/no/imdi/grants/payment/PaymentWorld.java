package no.imdi.grants.payment;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The payment run outside the container, on a test database: the service as the given user, one
 * transaction per call; the engine on the database's own connections with a clock the test sets;
 * test rates (invented, 2024-2026) and plain SQL to look at the ledger.
 */
final class PaymentWorld {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final Duration LEASE = Duration.ofSeconds(60);

  final TestPersistence db;
  final List<Long> launched = new ArrayList<>();
  private Clock clock;

  PaymentWorld(TestPersistence db, Instant now) {
    this.db = db;
    this.clock = Clock.fixed(now, OSLO);
    rates();
  }

  void now(Instant instant) {
    clock = Clock.fixed(instant, OSLO);
  }

  Instant now() {
    return clock.instant();
  }

  <T> T as(String user, Function<PaymentRunService, T> call) {
    return db.inTransaction(em -> call.apply(service(em, user)));
  }

  PaymentRunService service(EntityManager em, String user) {
    return new PaymentRunService(
        new CurrentUser(Callers.as(user), em),
        new PaymentLedger(em),
        launched::add,
        new AccessLog(em, clock),
        clock);
  }

  /** An engine with the stored rates and settings, taking its lease by the world's clock. */
  RunEngine engine(int chunkSize) {
    Clock at = clock;
    return new RunEngine(
        db.dataSource(),
        () -> {
          EntityManager em = db.entityManager();
          try {
            return new PaymentSettingsBook(new SettingsBook(em), new RateBook(em)).entitlements();
          } finally {
            em.close();
          }
        },
        at,
        chunkSize,
        LEASE,
        "test");
  }

  RunEngine.Outcome runToEnd(long runId) {
    try {
      return engine(2).run(runId, -1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long start(LocalDate instalment) {
    return as("imdi.saksbehandler", s -> s.start(instalment)).runId();
  }

  /** Starts, computes and approves the instalment's run; the run id. */
  long approved(LocalDate instalment) {
    long run = start(instalment);
    runToEnd(run);
    long version = as("imdi.godkjenner", s -> s.progress(run)).version();
    as("imdi.godkjenner", s -> s.approve(run, version, null));
    return run;
  }

  void sql(String statement) {
    db.execute(statement);
  }

  /** The run's lines as {@code key muni amount kind}, sorted: what two runs compare by. */
  List<String> lines(long runId) {
    List<String> lines = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT entitlement_key, municipality, amount_ore, kind FROM payment_line"
                    + " WHERE run_id = "
                    + runId
                    + " ORDER BY entitlement_key, municipality")) {
      while (rs.next()) {
        lines.add(
            rs.getString(1).replaceFirst("^P\\d+/", "P/")
                + " "
                + rs.getString(2)
                + " "
                + rs.getLong(3)
                + " "
                + rs.getString(4));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return lines;
  }

  long sum(String where) {
    return db.count("SELECT coalesce(sum(amount_ore), 0) FROM payment_line WHERE " + where);
  }

  /** Invented test rates for 2024-2026 (never the demo's). */
  private void rates() {
    StringBuilder values = new StringBuilder();
    String[][] codes = {
      {"AR-1", "210000"}, {"AR-1-EV", "260000"}, {"AR-1-B", "190000"}, {"AR-2", "104000"},
      {"AR-3", "84000"}, {"AR-4", "72000"}, {"AR-5", "60000"}, {"ELDR", "180000"},
      {"BHT", "28000"}, {"EMINB", "1200000"}, {"EMINU", "760000"}
    };
    for (int year = 2024; year <= 2026; year++) {
      for (String[] code : codes) {
        if (!values.isEmpty()) {
          values.append(", ");
        }
        values
            .append("('")
            .append(code[0])
            .append("', ")
            .append(year)
            .append(", ")
            .append(code[1])
            .append(", 'test', true, now(), 'test')");
      }
    }
    sql(
        "INSERT INTO rate (code, calendar_year, amount, source, verified, created_at, created_by)"
            + " VALUES "
            + values);
  }
}
