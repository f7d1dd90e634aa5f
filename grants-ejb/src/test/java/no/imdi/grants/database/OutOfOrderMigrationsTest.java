package no.imdi.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import no.imdi.grants.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration numbers were handed out in blocks to work done side by side (V10..V19 for the cases,
 * V20 for the document store), so a database may already be at V20 when V10..V13 arrive. Such a
 * database gets the lower versions applied, instead of refusing to start.
 */
class OutOfOrderMigrationsTest {

  static final List<String> BEFORE_CASES =
      List.of(
          "V1__settlement_register.sql",
          "V2__municipalities.sql",
          "V3__rates_and_settings.sql",
          "V4__rate_and_setting_audit.sql",
          "V5__security_events.sql",
          "V7__change_reasons.sql",
          "V9__moves_audit_and_notices.sql",
          "V20__documents.sql");

  @Test
  void aDatabaseAtV20WithoutTheCaseMigrationsGetsThem(@TempDir Path folder) throws Exception {
    DataSource ds = TestDatabase.emptyDatabase();
    for (String file : BEFORE_CASES) {
      copy("db/migration/" + file, folder.resolve(file));
    }
    Flyway.configure().dataSource(ds).locations("filesystem:" + folder).load().migrate();
    assertThat(count(ds, "select count(*) from flyway_schema_history where version = '20'"))
        .isEqualTo(1);

    GrantsDatabase.migrate(ds);

    assertThat(
            count(
                ds,
                "select count(*) from flyway_schema_history where version in ('10', '11', '12',"
                    + " '13') and success"))
        .isEqualTo(4);
    assertThat(count(ds, "select count(*) from case_file")).isZero();
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in =
        OutOfOrderMigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
