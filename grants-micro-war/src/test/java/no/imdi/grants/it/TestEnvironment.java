package no.imdi.grants.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import no.imdi.grants.launcher.LocalDatabase;
import no.imdi.grants.launcher.MicroServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The environment of the integration tests, started once for all test classes of this module: a
 * real PostgreSQL (embedded, unless {@code GRANTS_TEST_DB_URL} names one) and the application's WAR
 * on Payara Micro in demo mode, over HTTP and TLS on loopback (unless {@code grants.it.baseUrl}
 * names a running one). It also hands the database to the Arquillian-managed Payara Micro through
 * {@code payara.cmdOptions}. When the run includes the single sign-on test ({@link SsoPlan}), a
 * Keycloak ({@link KeycloakServer}) starts alongside, and the application is started with it as its
 * identity provider (local login stays on, so every other test runs as before).
 */
public final class TestEnvironment implements BeforeAllCallback {

  private static Started started;
  private static volatile String keycloakProblem;

  private record Started(
      String dbUrl,
      String dbUser,
      String dbPassword,
      String baseUrl,
      String httpsUrl,
      LocalDatabase database,
      KeycloakServer keycloak) {}

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (TestEnvironment.class) {
      if (started == null) {
        started = start(context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL));
      }
    }
  }

  public static String baseUrl() {
    return started.baseUrl();
  }

  /**
   * The same application over TLS (Payara Micro's self-signed certificate), or null when the tests
   * run against a server named by {@code grants.it.baseUrl} without {@code grants.it.httpsUrl}.
   */
  public static String httpsUrl() {
    return started.httpsUrl();
  }

  /**
   * The Keycloak the application was started with as its identity provider, or null when this run
   * has no single sign-on test (see {@link SsoPlan}) or runs against a server of its own.
   */
  public static KeycloakServer keycloak() {
    return started.keycloak();
  }

  /** Why Keycloak could not be started for this run (it needs Java 21+), or null. */
  public static String keycloakProblem() {
    return keycloakProblem;
  }

  /** A connection as the application's own role (no superuser). */
  public static Connection connection() throws SQLException {
    return DriverManager.getConnection(started.dbUrl(), started.dbUser(), started.dbPassword());
  }

  /** Whether the tests run the database themselves, so that {@link #restartDatabase} can work. */
  public static boolean ownsDatabase() {
    return started.database() != null;
  }

  /** Stops the embedded database and starts it again on the same port and data folder. */
  public static void restartDatabase() {
    started.database().restart();
  }

  private static Started start(ExtensionContext.Store store) throws Exception {
    Path work = Path.of(System.getProperty("grants.it.workDir", "target/it"));
    String dbUrl = System.getenv("GRANTS_TEST_DB_URL");
    String user = env("GRANTS_TEST_DB_USER", "postgres");
    String password = env("GRANTS_TEST_DB_PASSWORD", "postgres");
    LocalDatabase database = null;
    if (dbUrl == null) {
      Path data = work.resolve("postgres");
      deleteRecursively(data);
      database = LocalDatabase.start(data, freePort());
      store.put("database", (ExtensionContext.Store.CloseableResource) database::close);
      dbUrl = database.jdbcUrl();
      user = database.user();
      password = database.password();
    }
    System.setProperty(
        "payara.cmdOptions",
        String.join(
            " ",
            "-Xmx768m",
            "-Dgrants.db.url=" + dbUrl,
            "-Dgrants.db.user=" + user,
            "-Dgrants.db.password=" + password,
            "-Dgrants.demo.enabled=true",
            "-Dgrants.demo.persons=300"));
    String baseUrl = System.getProperty("grants.it.baseUrl");
    String httpsUrl = System.getProperty("grants.it.httpsUrl");
    KeycloakServer keycloak = null;
    if (baseUrl == null) {
      int sslPort = freePort();
      int httpPort = freePort();
      Map<String, String> env =
          new HashMap<>(
              Map.of(
                  "GRANTS_DB_URL", dbUrl,
                  "GRANTS_DB_USER", user,
                  "GRANTS_DB_PASSWORD", password,
                  "GRANTS_DEMO_ENABLED", "true",
                  "GRANTS_DEMO_PERSONS", "300",
                  // every test logs in from 127.0.0.1: the per-address throttle would slow them all
                  "GRANTS_SECURITY_LOGIN_ADDRESSFAILURESBEFOREDELAY", "1000",
                  "GRANTS_SECURITY_LOGIN_ADDRESSFAILURESBEFORELOCKOUT", "2000"));
      if (SsoPlan.includesSingleSignOn()) {
        // started alongside the application, which reads the provider only at the first SSO login
        try {
          keycloak = KeycloakServer.start(work, freePort(), "http://127.0.0.1:" + httpPort + "/");
        } catch (IOException | IllegalStateException e) {
          // only the single sign-on test fails then, with this reason; the others run as before
          keycloakProblem = e.getMessage();
        }
      }
      if (keycloak != null) {
        store.put("keycloak", (ExtensionContext.Store.CloseableResource) keycloak::close);
        env.put("GRANTS_OIDC_ISSUER", keycloak.issuer());
        env.put("GRANTS_OIDC_CLIENTID", KeycloakServer.CLIENT_ID);
        env.put("GRANTS_OIDC_CLIENTSECRET", KeycloakServer.CLIENT_SECRET);
        env.put("GRANTS_OIDC_PROVIDERNAME", "Keycloak");
      }
      MicroServer server =
          MicroServer.start(
              Path.of(System.getProperty("grants.it.microJar")),
              Path.of(System.getProperty("grants.it.war")),
              httpPort,
              sslPort,
              false,
              env,
              work.resolve("app"));
      store.put("server", (ExtensionContext.Store.CloseableResource) server::close);
      if (!server.awaitReady(Duration.ofMinutes(4))) {
        server.close();
        throw new IllegalStateException(
            "The application did not start; see " + work.resolve("app/payara-micro.log"));
      }
      if (keycloak != null) {
        try {
          keycloak.awaitReady(Duration.ofMinutes(4));
        } catch (IllegalStateException e) {
          keycloakProblem = e.getMessage();
          keycloak.close();
          keycloak = null;
        }
      }
      baseUrl = server.url();
      httpsUrl = "https://127.0.0.1:" + sslPort + "/";
      System.setProperty("grants.it.baseUrl", baseUrl);
      System.setProperty("grants.it.httpsUrl", httpsUrl);
    }
    return new Started(dbUrl, user, password, baseUrl, httpsUrl, database, keycloak);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
