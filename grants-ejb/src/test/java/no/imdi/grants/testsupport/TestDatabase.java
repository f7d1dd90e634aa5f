package no.imdi.grants.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for tests: the one {@code GRANTS_TEST_DB_URL} names, or else an embedded server
 * started once per test JVM. Each call of {@link #freshDatabase()} creates a new, migrated
 * database, so that tests arrange their own data and never share any.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres embedded;

  private TestDatabase() {}

  /** A new empty database with all migrations applied. */
  public static synchronized DataSource freshDatabase() {
    DataSource ds = emptyDatabase();
    GrantsDatabase.migrate(ds);
    return ds;
  }

  /** A new database without any migration applied. */
  public static synchronized DataSource emptyDatabase() {
    String name = "grants_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    DataSource admin = admin();
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name, e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    PGSimpleDataSource base = (PGSimpleDataSource) admin;
    ds.setServerNames(base.getServerNames());
    ds.setPortNumbers(base.getPortNumbers());
    ds.setUser(base.getUser());
    ds.setPassword(base.getPassword());
    ds.setDatabaseName(name);
    ds.setReWriteBatchedInserts(true);
    ds.setPrepareThreshold(0);
    return ds;
  }

  private static DataSource admin() {
    String url = System.getenv("GRANTS_TEST_DB_URL");
    if (url != null) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(url);
      ds.setUser(System.getenv().getOrDefault("GRANTS_TEST_DB_USER", "postgres"));
      ds.setPassword(System.getenv().getOrDefault("GRANTS_TEST_DB_PASSWORD", ""));
      return ds;
    }
    if (embedded == null) {
      try {
        embedded =
            EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
      }
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {embedded.getPort()});
    ds.setUser("postgres");
    ds.setDatabaseName("postgres");
    return ds;
  }
}
