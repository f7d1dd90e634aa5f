package no.imdi.grants.payment;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R-PAY-4 for one chunk of persons: what is owed less what earlier runs carried, per entitlement
 * key and municipality, as the lines this run adds. A key owed for the first time is an ordinary
 * line with the owed sentence; a difference on a key already carried is an adjustment that says why
 * (a changed decision for T1/T2, a move registered later when the municipalities differ, else
 * corrected facts) and what was owed and paid. A carried key no longer owed is taken back; a
 * time-barred key (R-IG-7) is left as it was paid. The run's own lines are not counted as carried,
 * so redoing a chunk computes the same lines, which the unique key then refuses.
 */
final class ChunkDifference {

  private static final String CARRIED =
      """
      SELECT person_id, entitlement_key, municipality, min(code), min(payment_group),
             sum(amount_ore)
        FROM payment_line
       WHERE person_id = ANY (?) AND run_id <> ? AND kind IN ('ORDINARY', 'ADJUSTMENT')
       GROUP BY person_id, entitlement_key, municipality
      """;

  private record Carried(
      long personId, String key, String municipality, String code, String group, long sum) {}

  private ChunkDifference() {}

  static void add(
      Connection c,
      long runId,
      LocalDate instalment,
      List<PaymentPerson> persons,
      List<OwedLine> owed,
      LineBatch batch)
      throws SQLException {
    Map<String, Carried> carried = carried(c, runId, persons);
    Map<String, Set<String>> carriedTo = new HashMap<>();
    for (Carried line : carried.values()) {
      carriedTo.computeIfAbsent(line.key(), k -> new HashSet<>()).add(line.municipality());
    }
    Map<String, OwedLine> owedByKey = new LinkedHashMap<>();
    Map<String, Set<String>> owedTo = new HashMap<>();
    Set<String> barred = new HashSet<>();
    for (OwedLine line : owed) {
      String km = line.entitlementKey() + '\u0000' + line.municipality();
      if (line.timeBarred()) {
        barred.add(km);
        continue;
      }
      OwedLine before = owedByKey.put(km, line);
      if (before != null) {
        throw new IllegalStateException("Owed twice: " + line.entitlementKey());
      }
      owedTo.computeIfAbsent(line.entitlementKey(), k -> new HashSet<>()).add(line.municipality());
    }
    for (Map.Entry<String, OwedLine> entry : owedByKey.entrySet()) {
      OwedLine line = entry.getValue();
      Carried paid = carried.remove(entry.getKey());
      long before = paid == null ? 0 : paid.sum();
      long difference = line.amountOre() - before;
      if (difference == 0) {
        continue;
      }
      boolean first = !carriedTo.containsKey(line.entitlementKey());
      StoredReason reason =
          first
              ? StoredReason.of(line.reason())
              : adjustment(
                  line.entitlementKey(),
                  line.code(),
                  line.amountOre(),
                  before,
                  difference,
                  owedTo,
                  carriedTo);
      batch.add(
          line.personId(),
          line.municipality(),
          line.code(),
          line.group(),
          line.entitlementKey(),
          line.dueBasis(),
          difference,
          first ? LineKind.ORDINARY : LineKind.ADJUSTMENT,
          reason);
    }
    for (Map.Entry<String, Carried> entry : carried.entrySet()) {
      Carried paid = entry.getValue();
      if (paid.sum() == 0 || barred.contains(entry.getKey())) {
        continue;
      }
      batch.add(
          paid.personId(),
          paid.municipality(),
          paid.code(),
          PaymentGroup.valueOf(paid.group()),
          paid.key(),
          instalment,
          -paid.sum(),
          LineKind.ADJUSTMENT,
          adjustment(paid.key(), paid.code(), 0, paid.sum(), -paid.sum(), owedTo, carriedTo));
    }
  }

  private static StoredReason adjustment(
      String key,
      String code,
      long owed,
      long before,
      long difference,
      Map<String, Set<String>> owedTo,
      Map<String, Set<String>> carriedTo) {
    String why;
    List<String> rules;
    if (code.startsWith("FHT")) {
      why = "payment.adjustment.decision";
      rules = List.of("R-PAY-4");
    } else if (!carriedTo.getOrDefault(key, Set.of()).equals(owedTo.getOrDefault(key, Set.of()))) {
      why = "payment.adjustment.move";
      rules = List.of("R-PAY-4", "R-IG-6");
    } else {
      why = "payment.adjustment.facts";
      rules = List.of("R-PAY-4");
    }
    return StoredReason.of(
        no.imdi.grants.shared.Reason.of(
            rules, why, code, Ore.nok(owed), Ore.nok(before), Ore.nok(difference)));
  }

  private static Map<String, Carried> carried(Connection c, long runId, List<PaymentPerson> persons)
      throws SQLException {
    Long[] ids = new Long[persons.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = persons.get(i).personId();
    }
    Map<String, Carried> carried = new HashMap<>();
    Array array = c.createArrayOf("bigint", ids);
    try (PreparedStatement ps = c.prepareStatement(CARRIED)) {
      ps.setArray(1, array);
      ps.setLong(2, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Carried line =
              new Carried(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getLong(6));
          carried.put(line.key() + '\u0000' + line.municipality(), line);
        }
      }
    }
    return carried;
  }
}
