package no.imdi.grants.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's PostgreSQL in a folder of its own: durable commits, password logins only, the
 * application's role no superuser, the password file private, and a folder of an earlier version
 * (trust, the data in database {@code postgres} owned by the superuser) upgraded with its data.
 */
class LocalDatabaseTest {

  @TempDir Path temp;

  @Test
  void aNewFolderCommitsDurablyAndLetsInOnlyWithThePassword() throws Exception {
    Path data = temp.resolve("postgres");
    try (LocalDatabase database = LocalDatabase.start(data, freePort())) {
      try (Connection c = appConnection(database)) {
        assertThat(query(c, "show synchronous_commit")).isEqualTo("on");
        assertThat(query(c, "show fsync")).isEqualTo("on");
        assertThat(query(c, "show full_page_writes")).isEqualTo("on");
        assertThat(query(c, "show listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(query(c, "select current_user || ' ' || current_database()"))
            .isEqualTo("grants grants");
        assertThat(
                query(
                    c,
                    "select concat_ws(',', rolsuper, rolcreaterole, rolcreatedb, rolreplication)"
                        + " from pg_roles where rolname = current_user"))
            .isEqualTo("f,f,f,f");
        assertThat(query(c, "show password_encryption")).isEqualTo("scram-sha-256");
        execute(c, "create extension if not exists pg_trgm");
        execute(c, "create table note (id bigint primary key, text varchar(100))");
        execute(c, "insert into note values (1, 'kept')");
      }
      DatabasePasswords passwords = DatabasePasswords.read(data.resolve("passwords.properties"));
      assertRefused(database.port(), "grants", null);
      assertRefused(database.port(), "grants", "wrong");
      assertRefused(database.port(), "postgres", null);
      assertRefused(database.port(), "postgres", passwords.application());
      assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(data.resolve("passwords.properties"))))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
          .isEqualTo("rwx------");
      assertThat(temp).isDirectoryNotContaining("glob:**.pw");

      database.restart();
      try (Connection c = appConnection(database)) {
        assertThat(query(c, "select text from note where id = 1")).isEqualTo("kept");
      }
    }
    try (LocalDatabase again = LocalDatabase.start(data, freePort());
        Connection c = appConnection(again)) {
      assertThat(query(c, "select text from note where id = 1")).isEqualTo("kept");
    }
  }

  @Test
  void aFolderOfAnEarlierVersionIsUpgradedWithItsData() throws Exception {
    Path data = temp.resolve("postgres");
    int port = freePort();
    createFolderAsEarlierVersions(data, port);

    try (LocalDatabase database = LocalDatabase.start(data, port)) {
      try (Connection c = appConnection(database)) {
        assertThat(query(c, "select current_database()")).isEqualTo("grants");
        assertThat(query(c, "select rolsuper from pg_roles where rolname = current_user"))
            .isEqualTo("f");
        assertThat(query(c, "select given_name from person where id = 1")).isEqualTo("Kari");
        assertThat(
                query(
                    c,
                    "select string_agg(distinct tableowner, ',') from pg_tables"
                        + " where schemaname = 'public'"))
            .isEqualTo("grants");
        assertThat(query(c, "select string_agg(distinct sequenceowner, ',') from pg_sequences"))
            .isEqualTo("grants");
        assertThat(query(c, "select nextval('person_seq')")).isEqualTo("51");
        execute(c, "insert into note (text) values ('second')");
        execute(c, "alter table person add column family_name varchar(100)");
        assertThat(query(c, "select count(*) from person where given_name % 'Karri'"))
            .isEqualTo("1");
        execute(c, "alter type mood add value 'glad'");
        execute(c, "alter domain short_text set not null");
        execute(c, "create or replace view person_names as select given_name, id from person");
        execute(c, "create or replace function answer() returns int language sql as 'select 7'");
      }
      assertRefused(port, "postgres", null);
      assertRefused(port, "grants", "wrong");
      assertThat(new ClientAuthentication(data).trustsAnyone()).isFalse();
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(data.resolve("passwords.properties"))))
          .isEqualTo("rw-------");
      DatabasePasswords passwords = DatabasePasswords.read(data.resolve("passwords.properties"));
      try (Connection c =
          DriverManager.getConnection(
              LocalDatabase.url(port, "postgres"), "postgres", passwords.superuser())) {
        assertThat(query(c, "select string_agg(datname, ',' order by datname) from pg_database"))
            .isEqualTo("grants,postgres,template0,template1");
      }
    }
    try (LocalDatabase again = LocalDatabase.start(data, port);
        Connection c = appConnection(again)) {
      assertThat(query(c, "select count(*) from note")).isEqualTo("2");
    }
  }

  /** What the launcher of earlier versions left: trust for everyone, the data in "postgres". */
  private static void createFolderAsEarlierVersions(Path data, int port) throws Exception {
    Files.createDirectories(data);
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setRegisterShutdownHook(false)
            .start()) {
      try (Connection c = old.getPostgresDatabase().getConnection()) {
        execute(c, "create extension if not exists pg_trgm");
        execute(
            c,
            "create table flyway_schema_history (installed_rank int primary key,"
                + " version varchar(50), success boolean not null)");
        execute(c, "insert into flyway_schema_history values (1, '1', true)");
        execute(c, "create sequence person_seq increment by 50");
        execute(c, "create table person (id bigint primary key, given_name varchar(100) not null)");
        execute(c, "create index person_name on person using gin (given_name gin_trgm_ops)");
        execute(c, "insert into person values (nextval('person_seq'), 'Kari')");
        execute(
            c, "create table note (id bigint generated always as identity primary key, text text)");
        execute(c, "insert into note (text) values ('first')");
        execute(c, "create type mood as enum ('calm')");
        execute(c, "create domain short_text as varchar(10)");
        execute(c, "create view person_names as select given_name from person");
        execute(c, "create function answer() returns int language sql as 'select 42'");
      }
    }
    assertThat(new ClientAuthentication(data).trustsAnyone()).isTrue();
  }

  private static Connection appConnection(LocalDatabase database) throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
  }

  private static void assertRefused(int port, String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(LocalDatabase.url(port, "grants"), properties).close())
        .as("%s with password %s", user, password == null ? "none" : "a wrong one")
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password");
  }

  private static String query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
