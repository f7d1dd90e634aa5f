package no.imdi.grants.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A finished run's sums per municipality, instalment and payment group (R-PAY-3) in {@code
 * payment_run_total}: written once, in the transaction that makes the run PROPOSED, after its last
 * line ({@link RunFinish}); the dashboards read them instead of summing the lines. Derived from the
 * ledger only: nothing here writes or changes a line, so the lines' exactly-once keys stay as they
 * are. A run's rows are written once: a second call (a retried transaction) finds them and writes
 * nothing.
 */
public final class RunTotalRows {

  private static final String WRITE =
      """
      INSERT INTO payment_run_total (run_id, municipality, instalment, payment_group, amount_ore,
                                     line_count)
      SELECT run_id, municipality, instalment, payment_group, sum(amount_ore), count(*)
        FROM payment_line WHERE run_id = ?
       GROUP BY run_id, municipality, instalment, payment_group
          ON CONFLICT DO NOTHING
      """;

  private RunTotalRows() {}

  /** Writes the run's totals from its lines; how many rows were written. */
  public static int write(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(WRITE)) {
      ps.setLong(1, runId);
      return ps.executeUpdate();
    }
  }
}
