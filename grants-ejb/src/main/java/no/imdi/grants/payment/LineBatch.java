package no.imdi.grants.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Payment lines on their way into the ledger, written in one statement per batch ({@code INSERT ...
 * SELECT FROM unnest(arrays)}: one round trip, no row-by-row statements) with {@code ON CONFLICT DO
 * NOTHING} on the unique key (entitlement key, instalment, municipality), so that writing the same
 * lines again inserts nothing. Returns how many rows were really inserted.
 */
final class LineBatch {

  private static final String INSERT =
      """
      INSERT INTO payment_line (run_id, person_id, municipality, code, payment_group,
                                entitlement_key, instalment, due_basis, amount_ore, kind,
                                rule_ids, reason_key, reason_args)
      SELECT ?, t.person_id, t.municipality, t.code, t.payment_group, t.entitlement_key, ?::date,
             t.due_basis::date, t.amount_ore, t.kind, t.rule_ids, t.reason_key, t.reason_args
        FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
             AS t(person_id, municipality, code, payment_group, entitlement_key, due_basis,
                  amount_ore, kind, rule_ids, reason_key, reason_args)
      ON CONFLICT ON CONSTRAINT payment_line_once DO NOTHING
      """;

  private final List<Long> persons = new ArrayList<>();
  private final List<String> municipalities = new ArrayList<>();
  private final List<String> codes = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final List<String> dues = new ArrayList<>();
  private final List<Long> amounts = new ArrayList<>();
  private final List<String> kinds = new ArrayList<>();
  private final List<String> rules = new ArrayList<>();
  private final List<String> reasonKeys = new ArrayList<>();
  private final List<String> reasonArgs = new ArrayList<>();

  void add(
      Long personId,
      String municipality,
      String code,
      PaymentGroup group,
      String key,
      LocalDate due,
      long amountOre,
      LineKind kind,
      StoredReason reason) {
    persons.add(personId);
    municipalities.add(municipality);
    codes.add(code);
    groups.add(group.name());
    keys.add(key);
    dues.add(due.toString());
    amounts.add(amountOre);
    kinds.add(kind.name());
    rules.add(reason.rules());
    reasonKeys.add(reason.key());
    reasonArgs.add(reason.args());
  }

  int size() {
    return keys.size();
  }

  /** Inserts the lines of run {@code runId} in instalment {@code instalment}; the rows added. */
  int insert(Connection c, long runId, LocalDate instalment) throws SQLException {
    if (keys.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setLong(1, runId);
      ps.setString(2, instalment.toString());
      ps.setArray(3, c.createArrayOf("bigint", persons.toArray()));
      ps.setArray(4, c.createArrayOf("text", municipalities.toArray()));
      ps.setArray(5, c.createArrayOf("text", codes.toArray()));
      ps.setArray(6, c.createArrayOf("text", groups.toArray()));
      ps.setArray(7, c.createArrayOf("text", keys.toArray()));
      ps.setArray(8, c.createArrayOf("text", dues.toArray()));
      ps.setArray(9, c.createArrayOf("bigint", amounts.toArray()));
      ps.setArray(10, c.createArrayOf("text", kinds.toArray()));
      ps.setArray(11, c.createArrayOf("text", rules.toArray()));
      ps.setArray(12, c.createArrayOf("text", reasonKeys.toArray()));
      ps.setArray(13, c.createArrayOf("text", reasonArgs.toArray()));
      return ps.executeUpdate();
    }
  }
}
