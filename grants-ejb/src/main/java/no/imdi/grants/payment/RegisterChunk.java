package no.imdi.grants.payment;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.SettledPerson;

/**
 * One chunk of the register as the payment run reads it, by keyset on the settlement id: the next
 * {@code size} settlements after {@code afterSettlementId} with their persons, moves and approved
 * T1/T2 decisions, in three queries. A settlement whose facts cannot describe a real settlement
 * (the rules refuse it) is counted as skipped and logged, not paid; the caseworker corrects it and
 * the next run pays it.
 */
record RegisterChunk(List<PaymentPerson> persons, long lastSettlementId, int read, int skipped) {

  private static final Logger LOG = Logger.getLogger(RegisterChunk.class.getName());
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private static final String SETTLEMENTS =
      """
      SELECT s.id, s.person_id, s.settled_in, s.settlement_date, p.birth_date, s.household,
             s.unaccompanied_minor, s.registered_on, ms.settlement_date AS mother_settled,
             (s.target_group = 'FAMILY_REUNIFIED' AND rs.target_group = 'HUMANITARIAN') AS fam_hum
        FROM settlement s
        JOIN person p ON p.id = s.person_id
        LEFT JOIN settlement ms ON ms.person_id = s.mother_id
        LEFT JOIN settlement rs ON rs.person_id = s.reunified_with_id
       WHERE s.id > ? %s
       ORDER BY s.id
       LIMIT ?
      """;

  private static final String ALL = SETTLEMENTS.formatted("");

  /** Only the settlements of the persons the change log names (R-PAY-4, {@link RunWalk}). */
  private static final String CHANGED = SETTLEMENTS.formatted("AND " + RunWalk.CHANGED);

  private static final String MOVES =
      """
      SELECT settlement_id, to_municipality, move_date FROM settlement_move
       WHERE settlement_id = ANY (?) ORDER BY settlement_id, move_date, id
      """;

  private static final String GRANTS =
      """
      SELECT cf.person_id, ga.id, ga.kind, ga.applicant, ga.conversion_of, d.amount, d.reviewed_at
        FROM decision d
        JOIN grant_application ga ON ga.id = d.application_id
        JOIN case_file cf ON cf.id = ga.case_id
       WHERE d.proposal_status = 'APPROVED' AND d.outcome IN ('GRANTED', 'PARTLY_GRANTED')
         AND cf.person_id = ANY (?)
       ORDER BY ga.id
      """;

  static RegisterChunk read(Connection c, long afterSettlementId, int size) throws SQLException {
    return read(c, afterSettlementId, size, null);
  }

  /**
   * The next chunk of the whole register, or (changedSince not null) of the settlements whose
   * persons changed since that transaction.
   */
  static RegisterChunk read(Connection c, long afterSettlementId, int size, String changedSince)
      throws SQLException {
    List<Row> rows = new ArrayList<>(size);
    try (PreparedStatement ps = c.prepareStatement(changedSince == null ? ALL : CHANGED)) {
      int i = 1;
      ps.setLong(i++, afterSettlementId);
      if (changedSince != null) {
        ps.setString(i++, changedSince);
      }
      ps.setInt(i, size);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(Row.of(rs));
        }
      }
    }
    if (rows.isEmpty()) {
      return new RegisterChunk(List.of(), afterSettlementId, 0, 0);
    }
    Map<Long, List<Residence.Move>> moves = moves(c, rows);
    Map<Long, List<ApprovedGrant>> grants = grants(c, rows);
    List<PaymentPerson> persons = new ArrayList<>(rows.size());
    int skipped = 0;
    for (Row row : rows) {
      try {
        persons.add(
            new PaymentPerson(
                row.personId,
                row.person(),
                new Residence(row.settledIn, moves.getOrDefault(row.settlementId, List.of())),
                grants.getOrDefault(row.personId, List.of())));
      } catch (IllegalArgumentException e) {
        skipped++;
        LOG.log(
            Level.WARNING,
            "Payment run skips settlement {0}: {1}",
            new Object[] {row.settlementId, e.getMessage()});
      }
    }
    return new RegisterChunk(persons, rows.get(rows.size() - 1).settlementId, rows.size(), skipped);
  }

  private static Map<Long, List<Residence.Move>> moves(Connection c, List<Row> rows)
      throws SQLException {
    Map<Long, List<Residence.Move>> moves = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(MOVES)) {
      ps.setArray(1, ids(c, rows, true));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          moves
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
              .add(new Residence.Move(rs.getObject(3, LocalDate.class), rs.getString(2)));
        }
      }
    }
    return moves;
  }

  private static Map<Long, List<ApprovedGrant>> grants(Connection c, List<Row> rows)
      throws SQLException {
    Map<Long, List<ApprovedGrant>> grants = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(GRANTS)) {
      ps.setArray(1, ids(c, rows, false));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long conversion = rs.getLong(5);
          Long conversionOf = rs.wasNull() ? null : conversion;
          Timestamp reviewed = rs.getTimestamp(7);
          grants
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
              .add(
                  new ApprovedGrant(
                      rs.getLong(2),
                      GrantKind.valueOf(rs.getString(3)),
                      rs.getString(4),
                      Ore.of(rs.getBigDecimal(6)),
                      reviewed.toInstant().atZone(OSLO).toLocalDate(),
                      conversionOf));
        }
      }
    }
    return grants;
  }

  private static Array ids(Connection c, List<Row> rows, boolean settlements) throws SQLException {
    Long[] ids = new Long[rows.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = settlements ? rows.get(i).settlementId : rows.get(i).personId;
    }
    return c.createArrayOf("bigint", ids);
  }

  private record Row(
      long settlementId,
      long personId,
      String settledIn,
      LocalDate settled,
      LocalDate birth,
      Household household,
      boolean unaccompanied,
      LocalDate registered,
      LocalDate motherSettled,
      boolean familyOfHumanitarian) {

    static Row of(ResultSet rs) throws SQLException {
      return new Row(
          rs.getLong(1),
          rs.getLong(2),
          rs.getString(3),
          rs.getObject(4, LocalDate.class),
          rs.getObject(5, LocalDate.class),
          Household.valueOf(rs.getString(6)),
          rs.getBoolean(7),
          rs.getObject(8, LocalDate.class),
          rs.getObject(9, LocalDate.class),
          rs.getBoolean(10));
    }

    SettledPerson person() {
      boolean bornAfter = birth.isAfter(settled);
      LocalDate mother = bornAfter ? (motherSettled != null ? motherSettled : settled) : null;
      return new SettledPerson(
          settled,
          birth,
          household,
          unaccompanied && !bornAfter,
          familyOfHumanitarian,
          mother,
          registered);
    }
  }
}
