package no.imdi.grants.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.shared.Reason;

/**
 * The last step of a run, in one transaction with the run becoming PROPOSED (R-PAY-4): each
 * recovery (R-REP-4, R-REP-5) decided on or before the basis and not yet carried by any run, as a
 * negative line of the disability group; each balance a municipality carried out of an earlier
 * instalment and not yet carried in, as a negative CARRIED line with the same key; and then, for
 * each municipality whose lines in this run net below zero, a positive CARRIED line that brings it
 * to zero, whose key the next instalment carries in. Nothing here can be written twice: the whole
 * step commits or not, and every line has its unique key. Once the run is PROPOSED its totals per
 * municipality and group are written from its lines in the same transaction ({@link RunTotalRows}).
 */
final class RunFinish {

  private static final String RECOVERIES =
      """
      SELECT r.source_key, r.municipality, r.person_id, r.code, r.amount, r.rule_ids,
             r.reason_key, r.reason_args
        FROM recovery r
       WHERE r.decided_on <= ?
         AND NOT EXISTS (SELECT 1 FROM payment_line l WHERE l.entitlement_key = 'R/' || r.source_key)
       ORDER BY r.id
      """;

  private static final String CARRIED_IN =
      """
      SELECT entitlement_key, municipality, sum(amount_ore), min(instalment)
        FROM payment_line
       WHERE kind = 'CARRIED'
       GROUP BY entitlement_key, municipality
      HAVING sum(amount_ore) <> 0 AND min(instalment) < ?
      """;

  private static final String NEGATIVE =
      """
      SELECT municipality, sum(amount_ore) FROM payment_line WHERE run_id = ?
       GROUP BY municipality HAVING sum(amount_ore) < 0 ORDER BY municipality
      """;

  private static final String PROPOSE =
      """
      UPDATE payment_run
         SET state = 'PROPOSED', phase = 'DONE', proposed_at = ?, lease_owner = NULL,
             lease_until = NULL, lines_written = lines_written + ?, version = version + 1
       WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'
      """;

  private RunFinish() {}

  static boolean finish(Connection c, long runId, LocalDate instalment, String owner, Instant at)
      throws SQLException {
    LineBatch lines = new LineBatch();
    try (PreparedStatement ps = c.prepareStatement(RECOVERIES)) {
      ps.setObject(1, instalment);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long person = rs.getLong(3);
          lines.add(
              rs.wasNull() ? null : person,
              rs.getString(2),
              rs.getString(4),
              PaymentGroup.DISABILITY,
              LedgerCodes.recovery(rs.getString(1)),
              instalment,
              -Ore.of(rs.getBigDecimal(5)),
              LineKind.RECOVERY,
              new StoredReason(rs.getString(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(CARRIED_IN)) {
      ps.setObject(1, instalment);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long amount = -rs.getLong(3);
          lines.add(
              null,
              rs.getString(2),
              LedgerCodes.CARRY,
              PaymentGroup.CARRIED_BALANCE,
              rs.getString(1),
              instalment,
              amount,
              LineKind.CARRIED,
              StoredReason.of(
                  Reason.of(
                      "R-PAY-4",
                      "payment.carry.in",
                      Ore.nok(amount),
                      rs.getObject(4, LocalDate.class))));
        }
      }
    }
    int written = lines.insert(c, runId, instalment);
    LineBatch carryOut = new LineBatch();
    try (PreparedStatement ps = c.prepareStatement(NEGATIVE)) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String municipality = rs.getString(1);
          long net = rs.getLong(2);
          carryOut.add(
              null,
              municipality,
              LedgerCodes.CARRY,
              PaymentGroup.CARRIED_BALANCE,
              LedgerCodes.carry(municipality, runId),
              instalment,
              -net,
              LineKind.CARRIED,
              StoredReason.of(Reason.of("R-PAY-4", "payment.carry.out", Ore.nok(-net))));
        }
      }
    }
    written += carryOut.insert(c, runId, instalment);
    try (PreparedStatement ps = c.prepareStatement(PROPOSE)) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setLong(2, written);
      ps.setLong(3, runId);
      ps.setString(4, owner);
      if (ps.executeUpdate() != 1) {
        return false;
      }
    }
    RunTotalRows.write(c, runId);
    return true;
  }
}
