package no.imdi.grants.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * The application's own role and database in the local PostgreSQL, put in place by the superuser on
 * every start: role {@code grants} logs in with its password, is no superuser and may create
 * neither roles nor databases; it owns database {@code grants} and everything in it, so its
 * migrations can create tables and the trusted extension {@code pg_trgm}. A folder of an earlier
 * version kept the application's data in database {@code postgres}, owned by the superuser: that
 * database is renamed {@code grants} (a new empty {@code postgres} takes its place) and its objects
 * are handed to the role.
 */
final class ApplicationDatabase {

  private static final String ROLE = LocalDatabase.APP_ROLE;
  private static final String DATABASE = LocalDatabase.APP_DATABASE;
  private static final String ROLE_ATTRIBUTES =
      " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
  private static final String HAND_OVER_OBJECTS =
      """
      DO $$
      DECLARE
        r record;
      BEGIN
        FOR r IN SELECT n.nspname FROM pg_namespace n
            WHERE n.nspowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> 'information_schema'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                AND d.objid = n.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER SCHEMA %I OWNER TO ROLE_NAME', r.nspname);
        END LOOP;
        FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> 'information_schema' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                AND d.objid = c.oid AND (d.deptype = 'e' OR (c.relkind = 'S'
                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))) LOOP
          EXECUTE format('ALTER %s %s OWNER TO ROLE_NAME',
            CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
              WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name);
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.proowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> 'information_schema'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                AND d.objid = p.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO ROLE_NAME', r.name);
        END LOOP;
        FOR r IN SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> 'information_schema' AND t.typtype IN ('c', 'd', 'e', 'r')
              AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                AND d.objid = t.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER %s %s OWNER TO ROLE_NAME',
            CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.name);
        END LOOP;
      END
      $$
      """
          .replace("ROLE_NAME", ROLE);

  private final int port;
  private final DatabasePasswords passwords;

  ApplicationDatabase(int port, DatabasePasswords passwords) {
    this.port = port;
    this.passwords = passwords;
  }

  void provide() throws SQLException {
    try (Connection c = connect("postgres")) {
      provideRole(c);
    }
    boolean exists;
    boolean earlierLayout;
    try (Connection c = connect("postgres")) {
      exists = exists(c, "select 1 from pg_database where datname = ?", DATABASE);
      earlierLayout =
          !exists
              && exists(
                  c, "select 1 where to_regclass(?) is not null", "public.flyway_schema_history");
    }
    if (!exists) {
      try (Connection c = connect("template1");
          Statement s = c.createStatement()) {
        if (earlierLayout) {
          s.execute("ALTER DATABASE postgres RENAME TO " + DATABASE);
          s.execute("CREATE DATABASE postgres");
        } else {
          s.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
        }
      }
    }
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + ROLE);
    }
    try (Connection c = connect(DATABASE);
        Statement s = c.createStatement()) {
      s.execute(HAND_OVER_OBJECTS);
    }
  }

  private void provideRole(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (exists(c, "select 1 from pg_roles where rolname = ?", ROLE)) {
        s.execute("ALTER ROLE " + ROLE + ROLE_ATTRIBUTES);
      } else {
        s.execute("CREATE ROLE " + ROLE + ROLE_ATTRIBUTES);
      }
    }
    PGConnection pg = c.unwrap(PGConnection.class);
    pg.alterUserPassword(ROLE, passwords.application().toCharArray(), "scram-sha-256");
    pg.alterUserPassword("postgres", passwords.superuser().toCharArray(), "scram-sha-256");
  }

  private Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("password", passwords.superuser());
    return DriverManager.getConnection(LocalDatabase.url(port, database), properties);
  }

  private static boolean exists(Connection c, String sql, String parameter) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
