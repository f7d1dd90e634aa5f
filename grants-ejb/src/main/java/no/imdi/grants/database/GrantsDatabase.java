package no.imdi.grants.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * The application's PostgreSQL database. The datasource is defined by the application and read from
 * configuration ({@code GRANTS_DB_URL}, {@code GRANTS_DB_USER}, {@code GRANTS_DB_PASSWORD}); at
 * startup the Flyway migrations bring the schema up to date and Hibernate then validates its
 * mappings against it, so a deployment never runs against a schema it does not match. The pool
 * checks each connection before handing it out, so the application recovers by itself when the
 * database restarts.
 */
@DataSourceDefinition(
    name = GrantsDatabase.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=grants.db.url}",
    user = "${MPCONFIG=grants.db.user}",
    password = "${MPCONFIG=grants.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // custom plans for every query: paging with bind parameters gets a fitting plan each time
      "prepareThreshold=0",
      // after a database restart or a dropped connection: every connection is checked (SELECT 1)
      // when the pool hands it out, on every hand-out (no validate-atmost-once period, which would
      // let a connection checked a moment before the restart through), and the first broken one
      // makes the pool drop all of them, so the request gets a new connection instead of an error
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class GrantsDatabase {

  public static final String JNDI_NAME = "java:app/jdbc/grants";
  private static final Logger LOG = Logger.getLogger(GrantsDatabase.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  @PersistenceUnit(unitName = "grants")
  private EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrateAndValidate() {
    MigrateResult result = migrate(dataSource);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  /** Applies the migrations of {@code db/migration}; used by the application and by tests. */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(GrantsDatabase.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
