package no.imdi.grants.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server started from the JVM for the run command, on loopback, whose data stays
 * in a local folder across restarts. Commits are durable (synchronous commit, fsync and full page
 * writes on, whatever the embedding library's defaults are). Every login needs a password
 * (SCRAM-SHA-256); the passwords are generated on the first start and kept in {@value
 * #PASSWORD_FILE} in the data folder, readable by its owner only. The application logs in as role
 * {@value #APP_ROLE}, which is no superuser and owns database {@value #APP_DATABASE}. A folder of
 * an earlier version (every local connection trusted, the data in database {@code postgres}) is
 * upgraded on its first start.
 */
public final class LocalDatabase implements AutoCloseable {

  public static final String APP_ROLE = "grants";
  public static final String APP_DATABASE = "grants";
  public static final String PASSWORD_FILE = "passwords.properties";

  private final Path dataDirectory;
  private final int port;
  private final DatabasePasswords passwords;
  private EmbeddedPostgres postgres;

  private LocalDatabase(Path dataDirectory, int port, DatabasePasswords passwords) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.passwords = passwords;
  }

  /** Starts the server on the folder, creating or upgrading it where needed. */
  public static LocalDatabase start(Path dataDirectory, int port) {
    Path data = dataDirectory.toAbsolutePath().normalize();
    Path passwordFile = data.resolve(PASSWORD_FILE);
    ClientAuthentication authentication = new ClientAuthentication(data);
    boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
    boolean earlierVersion = !fresh && authentication.trustsAnyone();
    DatabasePasswords passwords;
    if (Files.exists(passwordFile)) {
      passwords = DatabasePasswords.read(passwordFile);
    } else if (fresh || earlierVersion) {
      passwords = DatabasePasswords.generate();
    } else {
      throw new IllegalStateException(
          "The database in "
              + data
              + " needs its passwords, but "
              + passwordFile
              + " is missing: restore that file (or move the folder away to start afresh)");
    }
    LocalDatabase database = new LocalDatabase(data, port, passwords);
    try {
      createFolder(data);
      if (earlierVersion) {
        passwords.write(passwordFile);
      }
      database.postgres = database.startServer(fresh, earlierVersion);
      new ApplicationDatabase(port, passwords).provide();
      if (earlierVersion) {
        authentication.requirePasswords();
        database.reloadConfiguration();
      }
      return database;
    } catch (IOException e) {
      database.close();
      throw new UncheckedIOException("Could not start the local PostgreSQL in " + data, e);
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw new IllegalStateException("Could not set up the local PostgreSQL in " + data, e);
    }
  }

  /** Stops the server and starts it again on the same folder and port. */
  public synchronized void restart() {
    close();
    try {
      postgres = startServer(false, false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not restart the local PostgreSQL in " + dataDirectory, e);
    }
  }

  public String jdbcUrl() {
    return url(port, APP_DATABASE);
  }

  public String user() {
    return APP_ROLE;
  }

  public String password() {
    return passwords.application();
  }

  public int port() {
    return port;
  }

  static String url(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private EmbeddedPostgres startServer(boolean fresh, boolean earlierVersion) throws IOException {
    Path initdbPassword =
        fresh ? passwords.writeSuperuserPasswordFile(dataDirectory.getParent()) : null;
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("max_connections", "100")
              .setConnectConfig("password", passwords.superuser())
              .setRegisterShutdownHook(false);
      if (initdbPassword != null) {
        builder.setLocaleConfig("pwfile", initdbPassword.toString());
        builder.setLocaleConfig("auth", "scram-sha-256");
      }
      if (!earlierVersion) {
        builder.setDataDirectoryCustomizer(
            folder -> {
              if (fresh) {
                passwords.write(dataDirectory.resolve(PASSWORD_FILE));
              }
              new ClientAuthentication(dataDirectory).requirePasswords();
            });
      }
      return builder.start();
    } finally {
      if (initdbPassword != null) {
        Files.deleteIfExists(initdbPassword);
      }
    }
  }

  private void reloadConfiguration() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(url(port, "postgres"), "postgres", passwords.superuser());
        Statement s = c.createStatement()) {
      s.execute("select pg_reload_conf()");
    }
  }

  private static void createFolder(Path data) throws IOException {
    Files.createDirectories(data);
    DatabasePasswords.restrictToOwner(data, DatabasePasswords.OWNER_FOLDER);
  }

  @Override
  public synchronized void close() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      postgres = null;
    }
  }
}
