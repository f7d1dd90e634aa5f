package no.imdi.grants.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Which settlements a run walks (R-PAY-4, migration V150): decided once, when the run first starts
 * computing, and kept with the run so that a worker taking it over walks the same. A run records
 * the oldest transaction still running ({@code change_xmin}): every older change was committed
 * before it read anything. If the instalment already has a run that was proposed, approved or paid
 * (the base) and no change of the rate table or of a setting the rules read came after the base's
 * {@code change_xmin}, the run walks only the settlements whose persons the change log ({@code
 * payment_change}) names since then; a person the log does not name has the facts the base
 * computed, so owed less carried is what the base left (nothing, or a difference that the unique
 * key holds back until the next instalment either way). Otherwise it walks the whole register; so
 * also when the change log has been pruned at or after the base's {@code change_xmin} (the horizon
 * of V190, {@link ChangeLogPruning}): a pruned change may be one the base did not see.
 *
 * @param changedSince the base's {@code change_xmin} as text, or null for the whole register
 * @param persons the settlements the walk counts (the progress bar's total)
 */
record RunWalk(String changedSince, long persons) {

  private static final String DECIDE =
      """
      UPDATE payment_run r
         SET change_xmin = pg_snapshot_xmin(pg_current_snapshot()),
             base_run_id = base.id,
             walk = CASE WHEN base.id IS NULL THEN 'FULL' ELSE 'CHANGES' END,
             version = r.version + 1
        FROM (SELECT (SELECT b.id FROM payment_run b
                       WHERE b.instalment = ? AND b.id <> ?
                         AND b.state IN ('PROPOSED', 'APPROVED', 'PAID')
                         AND b.change_xmin IS NOT NULL
                         AND NOT EXISTS (SELECT 1 FROM payment_change e
                                          WHERE e.person_id IS NULL AND e.txid >= b.change_xmin)
                         AND NOT EXISTS (SELECT 1 FROM payment_change_pruned h
                                          WHERE h.through_txid >= b.change_xmin)
                       ORDER BY b.id DESC LIMIT 1) AS id) base
       WHERE r.id = ? AND r.walk IS NULL
      """;

  private static final String READ =
      """
      SELECT r.walk, b.change_xmin::text, r.persons_total
        FROM payment_run r LEFT JOIN payment_run b ON b.id = r.base_run_id
       WHERE r.id = ?
      """;

  private static final String COUNT_ALL = "SELECT count(*) FROM settlement";

  /** The settlements of the persons changed since the given transaction, by keyset on the id. */
  static final String CHANGED =
      """
      s.person_id IN (SELECT e.person_id FROM payment_change e
                       WHERE e.txid >= ?::xid8 AND e.person_id IS NOT NULL)
      """;

  private static final String COUNT_CHANGED = "SELECT count(*) FROM settlement s WHERE " + CHANGED;

  private static final String TOTAL = "UPDATE payment_run SET persons_total = ? WHERE id = ?";

  private static final String SHARED_LOCK = "SELECT pg_advisory_xact_lock_shared(?)";

  /**
   * Decides the walk if no worker has yet (in its own transaction, under the pruning's lock
   * shared), and reads it (autocommit).
   */
  static RunWalk of(Connection c, long runId, LocalDate instalment) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement lock = c.prepareStatement(SHARED_LOCK);
        PreparedStatement ps = c.prepareStatement(DECIDE)) {
      lock.setLong(1, ChangeLogPruning.LOCK_KEY);
      lock.execute();
      ps.setObject(1, instalment);
      ps.setLong(2, runId);
      ps.setLong(3, runId);
      ps.executeUpdate();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
    String since;
    long total;
    try (PreparedStatement ps = c.prepareStatement(READ)) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        since = "CHANGES".equals(rs.getString(1)) ? rs.getString(2) : null;
        total = rs.getLong(3);
      }
    }
    if (total == 0) {
      try (PreparedStatement ps = c.prepareStatement(since == null ? COUNT_ALL : COUNT_CHANGED)) {
        if (since != null) {
          ps.setString(1, since);
        }
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(TOTAL)) {
        ps.setLong(1, total);
        ps.setLong(2, runId);
        ps.executeUpdate();
      }
    }
    return new RunWalk(since, total);
  }

  /** Nothing changed since the base: the walk reads no settlement at all. */
  boolean nothingToRead() {
    return changedSince != null && persons == 0;
  }
}
