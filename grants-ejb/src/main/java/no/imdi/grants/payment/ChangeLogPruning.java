package no.imdi.grants.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Prunes the payment run's change log ({@code payment_change}, V150; R-PAY-4) so that it does not
 * grow forever, without ever making a rerun miss a change (V190). Rows older than the retention are
 * deleted in bounded batches, each batch in its own transaction together with one audit row in
 * {@code payment_change_pruned} that names the highest transaction id it deleted. The highest of
 * those is the horizon: {@link RunWalk} takes no base run whose {@code change_xmin} is at or below
 * it, so a rerun on such a base walks the whole register, as a first run does.
 *
 * <p>Two guards keep a run that is computing right: a batch never deletes a change that a run still
 * computing with the walk {@code CHANGES} reads (at or after its base's {@code change_xmin}), and
 * it holds the advisory lock that {@link RunWalk} takes shared while it decides a walk, so that no
 * run decides on a horizon that a batch is moving. Idempotent: a second pruning finds nothing older
 * than the retention and writes nothing.
 */
public final class ChangeLogPruning {

  /** The advisory lock shared by the walk's decision (R-PAY-4) and taken alone by a batch. */
  static final long LOCK_KEY = 0x5041_5934L;

  /** The rows one batch deletes at most: one short transaction each. */
  public static final int BATCH = 5_000;

  private static final Logger LOG = Logger.getLogger(ChangeLogPruning.class.getName());

  private static final String LOCK = "SELECT pg_advisory_xact_lock(?)";

  private static final String PRUNE =
      """
      WITH guard AS (
             SELECT b.change_xmin FROM payment_run r JOIN payment_run b ON b.id = r.base_run_id
              WHERE r.state IN ('STARTED', 'RUNNING') AND r.walk = 'CHANGES'
              ORDER BY b.change_xmin LIMIT 1),
           doomed AS (
             SELECT e.id FROM payment_change e
              WHERE e.changed_at < ?
                AND NOT EXISTS (SELECT 1 FROM guard g WHERE e.txid >= g.change_xmin)
              ORDER BY e.changed_at, e.id LIMIT ?),
           gone AS (
             DELETE FROM payment_change e USING doomed d WHERE e.id = d.id RETURNING e.txid)
      INSERT INTO payment_change_pruned (pruned_at, changed_before, row_count, through_txid)
      SELECT ?, ?, count(*), (SELECT g.txid FROM gone g ORDER BY g.txid DESC LIMIT 1)
        FROM gone HAVING count(*) > 0
      RETURNING row_count, through_txid::text
      """;

  private final DataSource dataSource;
  private final Clock clock;

  public ChangeLogPruning(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Deletes the changes recorded before now minus the retention, {@code batch} rows per
   * transaction, until none is left; returns how many were deleted.
   */
  public long prune(Duration retention, int batch) throws SQLException {
    if (retention.isNegative() || batch < 1) {
      throw new IllegalArgumentException("retention " + retention + ", batch " + batch);
    }
    Instant now = clock.instant();
    Instant before = now.minus(retention);
    long total = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long deleted;
        do {
          deleted = batch(c, now, before, batch);
          c.commit();
          total += deleted;
        } while (deleted == batch);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    return total;
  }

  private static long batch(Connection c, Instant now, Instant before, int batch)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LOCK)) {
      ps.setLong(1, LOCK_KEY);
      ps.execute();
    }
    try (PreparedStatement ps = c.prepareStatement(PRUNE)) {
      ps.setTimestamp(1, Timestamp.from(before));
      ps.setInt(2, batch);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setTimestamp(4, Timestamp.from(before));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return 0;
        }
        long rows = rs.getLong(1);
        String through = rs.getString(2);
        LOG.info(
            () ->
                "Payment change log: "
                    + rows
                    + " changes recorded before "
                    + before
                    + " pruned, through transaction "
                    + through
                    + " (R-PAY-4: an older base run now means a full walk)");
        return rows;
      }
    }
  }
}
