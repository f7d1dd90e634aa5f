package no.imdi.grants.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;
import no.imdi.grants.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, on the first start against an empty database, creates the demo users ({@link
 * DemoUsers}), a population of synthetic settled persons ({@link DemoPopulation}) and demo rates
 * for the codes and years the rate table lacks ({@link DemoRates}), in one transaction; then, on
 * every start, the demo cases that are not there yet ({@link DemoCases}, {@code
 * grants.demo.cases}). Outside demo mode it does nothing.
 */
@Singleton
@Startup
@DependsOn("GrantsDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
  private static final long SEED = 20260101L;

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Inject private java.time.Clock clock;

  @Inject
  @ConfigProperty(name = "grants.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "grants.demo.persons", defaultValue = "4000")
  int persons;

  @EJB private DemoCaseLoader cases;
  @EJB private DemoPayments payments;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      if (hasUsers(connection)) {
        LOG.info("Demo mode: the database already has users; demo data is not loaded again");
      } else {
        register(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo data", e);
    }
    cases.load();
    payments.load();
  }

  private void register(Connection connection) throws SQLException {
    insertUsers(connection);
    int written = DemoPopulation.populate(connection, persons, SEED);
    int rates = DemoRates.insert(connection, clock.instant());
    DemoMoves.record(connection, clock.instant());
    connection.commit();
    LOG.info(
        () ->
            "Demo mode: loaded "
                + written
                + " synthetic settled persons, demo users and "
                + rates
                + " demo rates (unverified)");
  }

  private static boolean hasUsers(Connection connection) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("select count(*) from app_user");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  static void insertUsers(Connection connection) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into app_user (username, display_name, password_hash, role,"
                + " municipality_number, enabled) values (?, ?, ?, ?, ?, true)")) {
      for (DemoUsers.DemoUser user : DemoUsers.ALL) {
        ps.setString(1, user.username());
        ps.setString(2, user.displayName());
        ps.setString(3, PasswordHasher.hash(DemoUsers.PASSWORD.toCharArray()));
        ps.setString(4, user.role());
        ps.setString(5, user.municipality());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
