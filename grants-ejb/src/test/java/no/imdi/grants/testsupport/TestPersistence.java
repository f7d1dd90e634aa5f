package no.imdi.grants.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The application's persistence unit outside the container, on a fresh test database: the same
 * mappings and Hibernate settings, with local transactions instead of JTA.
 */
public final class TestPersistence implements AutoCloseable {

  private final DataSource dataSource;
  private final EntityManagerFactory emf;

  public TestPersistence() {
    this(TestDatabase.freshDatabase());
  }

  public TestPersistence(DataSource dataSource) {
    this.dataSource = dataSource;
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", dataSource);
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("hibernate.transaction.jta.platform", "none");
    this.emf = Persistence.createEntityManagerFactory("grants", properties);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManagerFactory entityManagerFactory() {
    return emf;
  }

  /** Runs the work in one transaction on a new entity manager and returns its result. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
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

  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** A single number from plain SQL, to check what is really in the tables. */
  public long count(String query) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  /** One statement of plain SQL with its values (a {@code LocalDate} as an SQL date), committed. */
  public void execute(String sql, Object... values) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        s.setObject(i + 1, v instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : v);
      }
      s.execute();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The rows of a query of plain SQL, each column as text. */
  public java.util.List<String[]> rows(String query) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getString(i + 1);
        }
        out.add(row);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(query, e);
    }
    return out;
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
  }
}
