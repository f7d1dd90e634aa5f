package no.imdi.grants.admintest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;

/**
 * A real PostgreSQL database of its own for one test, with the application's migrations applied and
 * the application's persistence unit on top of it in RESOURCE_LOCAL mode. One embedded server runs
 * per test JVM; the migrations run once into a template, and each test gets a fresh copy of it, so
 * no test sees another's data.
 */
public final class TestDatabase implements AutoCloseable {

  private static final String TEMPLATE = "grants_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private final String name;
  private final DataSource dataSource;
  private final EntityManagerFactory factory;

  private TestDatabase(String name) {
    this.name = name;
    this.dataSource = server.getDatabase("postgres", name);
    this.factory =
        Persistence.createEntityManagerFactory(
            "grants",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource",
                dataSource,
                "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                "hibernate.type.json_format_mapper",
                new NoJsonFormatMapper()));
  }

  /** A new database with the schema and seed rows of all migrations. */
  public static synchronized TestDatabase create() {
    if (server == null) {
      server = start();
    }
    String name = "grants_test_" + COUNTER.incrementAndGet();
    sql(server.getPostgresDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return new TestDatabase(name);
  }

  public EntityManagerFactory factory() {
    return factory;
  }

  public EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs the work in a transaction of a new entity manager and commits it. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = entityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** A single number from plain SQL, to check what is really in the tables. */
  public long count(String query) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  @Override
  public void close() {
    factory.close();
    sql(server.getPostgresDatabase(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      sql(postgres.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
      GrantsDatabase.migrate(postgres.getDatabase("postgres", TEMPLATE));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static void sql(DataSource dataSource, String statement) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }
}
