package no.imdi.grants.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the demo's moves would have left behind had they been registered through the pages: an audit
 * row for each, and for moves of the last year a notice to the municipality the person left and to
 * the one they moved to, so that the start pages show notices from the first start.
 */
final class DemoMoves {

  private DemoMoves() {}

  static void record(Connection connection, Instant now) throws SQLException {
    Timestamp at = Timestamp.from(now);
    try (PreparedStatement audit =
            connection.prepareStatement(
                "insert into settlement_audit (settlement_id, username, at, action, details)"
                    + " select m.settlement_id, 'demo', ?, 'MOVED', m.from_municipality || ' -> '"
                    + " || m.to_municipality || ' ' || to_char(m.move_date, 'DD.MM.YYYY')"
                    + " from settlement_move m");
        PreparedStatement notices =
            connection.prepareStatement(
                "insert into municipality_notice (municipality, created_at, kind, person_id,"
                    + " other_municipality, move_date)"
                    + " select m.from_municipality, cast(? as timestamptz), 'MOVED_OUT', s.person_id,"
                    + " m.to_municipality, m.move_date from settlement_move m"
                    + " join settlement s on s.id = m.settlement_id"
                    + " where m.move_date > cast(? as date) - 365"
                    + " union all select m.to_municipality, cast(? as timestamptz), 'MOVED_IN', s.person_id,"
                    + " m.from_municipality, m.move_date from settlement_move m"
                    + " join settlement s on s.id = m.settlement_id"
                    + " where m.move_date > cast(? as date) - 365")) {
      audit.setTimestamp(1, at);
      audit.executeUpdate();
      notices.setTimestamp(1, at);
      notices.setTimestamp(2, at);
      notices.setTimestamp(3, at);
      notices.setTimestamp(4, at);
      notices.executeUpdate();
    }
  }
}
