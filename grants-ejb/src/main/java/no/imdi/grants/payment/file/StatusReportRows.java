package no.imdi.grants.payment.file;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bank's status reports of a file and each transfer's status in them (V95), in plain SQL. */
final class StatusReportRows {

  private StatusReportRows() {}

  /** Inserts the report unless this file already has one with these bytes; its id if inserted. */
  static Optional<Long> insert(
      EntityManager em,
      long fileId,
      String sha,
      int size,
      String groupStatus,
      BankOutcome.Outcome outcome,
      Instant at,
      String by) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "INSERT INTO payment_status_report (file_id, sha256, size_bytes, group_status,"
                    + " outcome, received_at, received_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                    + " ON CONFLICT (file_id, sha256) DO NOTHING RETURNING id")
            .setParameter(1, fileId)
            .setParameter(2, sha)
            .setParameter(3, size)
            .setParameter(4, groupStatus)
            .setParameter(5, outcome.name())
            .setParameter(6, at)
            .setParameter(7, by)
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  static void insertTransfers(EntityManager em, long reportId, List<BankOutcome.Transfer> all) {
    for (BankOutcome.Transfer t : all) {
      em.createNativeQuery(
              "INSERT INTO payment_status_transfer (report_id, end_to_end_id, status, reason)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, reportId)
          .setParameter(2, t.endToEndId())
          .setParameter(3, t.status())
          .setParameter(4, t.reason() == null ? null : truncate(t.reason(), 500))
          .executeUpdate();
    }
  }

  /** The file's reports, newest first, each with the transfers it did not accept. */
  static List<BankReport> reports(EntityManager em, long fileId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.id, r.outcome, r.group_status, r.received_at, r.received_by,"
                    + " t.end_to_end_id, t.status, t.reason, m.name"
                    + " FROM payment_status_report r"
                    + " LEFT JOIN payment_status_transfer t ON t.report_id = r.id"
                    + " AND (t.status IS NULL OR t.status = 'RJCT' OR t.status = 'PDNG')"
                    + " LEFT JOIN payment_file_transfer f ON f.file_id = r.file_id"
                    + " AND f.end_to_end_id = t.end_to_end_id"
                    + " LEFT JOIN municipality m ON m.number = f.municipality"
                    + " WHERE r.file_id = ?1 ORDER BY r.id DESC, t.end_to_end_id")
            .setParameter(1, fileId)
            .getResultList();
    Map<Long, BankReport> reports = new LinkedHashMap<>();
    Map<Long, List<BankOutcome.Transfer>> transfers = new LinkedHashMap<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      reports.computeIfAbsent(
          id,
          k ->
              new BankReport(
                  id,
                  BankOutcome.Outcome.valueOf((String) r[1]),
                  (String) r[2],
                  PaymentFileRows.instant(r[3]),
                  (String) r[4],
                  List.of()));
      List<BankOutcome.Transfer> list = transfers.computeIfAbsent(id, k -> new ArrayList<>());
      if (r[5] != null) {
        list.add(
            new BankOutcome.Transfer((String) r[5], (String) r[8], (String) r[6], (String) r[7]));
      }
    }
    List<BankReport> result = new ArrayList<>();
    for (BankReport report : reports.values()) {
      result.add(report.withNotAccepted(transfers.get(report.id())));
    }
    return result;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
