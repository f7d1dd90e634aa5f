package no.imdi.grants.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Users written straight to a test database, each test its own. */
public final class Users {

  public static final String PASSWORD = "et gammelt passord 2025";
  private static final String HASH = PasswordHasher.hash(PASSWORD.toCharArray());

  private Users() {}

  public static void add(DataSource db, String username, Role role, String municipality) {
    add(db, username, role, municipality, true);
  }

  public static void add(
      DataSource db, String username, Role role, String municipality, boolean enabled) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, role,"
                    + " municipality_number, enabled, email) values (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, username);
      ps.setString(2, "Navn " + username);
      ps.setString(3, HASH);
      ps.setString(4, role.name());
      ps.setString(5, municipality);
      ps.setBoolean(6, enabled);
      ps.setString(7, username + "@example.org");
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
