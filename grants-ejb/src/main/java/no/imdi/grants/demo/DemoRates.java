package no.imdi.grants.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Demo values for every grant code and calendar year 2019-2026 that the rate table has no row for,
 * so that the calculator shows amounts in the demo. They are invented (see {@code
 * demo/demo-rates.csv}), loaded unverified and say so in their source, so that they are never taken
 * for adopted rates; the rows of the rule book stay as they are.
 */
final class DemoRates {

  static final String SOURCE =
      "DEMOVERDI: oppdiktet beløp for demodata, ikke en vedtatt sats (demo value, not an adopted"
          + " rate)";
  private static final String FILE = "/demo/demo-rates.csv";

  private DemoRates() {}

  /** Inserts the demo rows that have no current row yet; returns how many were inserted. */
  static int insert(Connection connection, Instant now) throws SQLException {
    int inserted = 0;
    try (PreparedStatement ps =
            connection.prepareStatement(
                "insert into rate (code, calendar_year, amount, conditions, source, verified,"
                    + " created_at, created_by) select ?, ?, ?, null, ?, false, ?, 'demo'"
                    + " where not exists (select 1 from rate where code = ? and calendar_year = ?"
                    + " and superseded_at is null)");
        InputStream in = DemoRates.class.getResourceAsStream(FILE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("code;") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(";");
        ps.setString(1, f[0]);
        ps.setInt(2, Integer.parseInt(f[1]));
        ps.setLong(3, Long.parseLong(f[2]));
        ps.setString(4, SOURCE);
        ps.setTimestamp(5, Timestamp.from(now));
        ps.setString(6, f[0]);
        ps.setInt(7, Integer.parseInt(f[1]));
        inserted += ps.executeUpdate();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + FILE, e);
    }
    return inserted;
  }
}
