package no.imdi.grants.payment.file;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.payment.bank.CreditTransfer;
import no.imdi.grants.payment.bank.PaymentOrder;

/** The payment files, their transfers and downloads in the database (V95), in plain SQL. */
final class PaymentFileRows {

  private static final String COLUMNS =
      "SELECT id, run_id, message_id, sha256, size_bytes, transfers, control_sum_ore,"
          + " requested_execution_date, created_at, created_by FROM payment_file";

  private PaymentFileRows() {}

  static Optional<StoredPaymentFile> find(EntityManager em, long runId) {
    return one(em, COLUMNS + " WHERE run_id = ?1", runId);
  }

  static Optional<StoredPaymentFile> byMessageId(EntityManager em, String messageId) {
    return one(em, COLUMNS + " WHERE message_id = ?1", messageId);
  }

  /** Inserts the file unless the run has one; the new row's id, if inserted. */
  static Optional<Long> insert(
      EntityManager em,
      long runId,
      PaymentOrder order,
      byte[] xml,
      String sha,
      long controlSumOre,
      Instant at,
      String by) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "INSERT INTO payment_file (run_id, message_id, sha256, size_bytes, content,"
                    + " transfers, control_sum_ore, requested_execution_date, created_at,"
                    + " created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                    + " ON CONFLICT (run_id) DO NOTHING RETURNING id")
            .setParameter(1, runId)
            .setParameter(2, order.messageId())
            .setParameter(3, sha)
            .setParameter(4, xml.length)
            .setParameter(5, xml)
            .setParameter(6, order.transfers().size())
            .setParameter(7, controlSumOre)
            .setParameter(8, order.requestedExecutionDate())
            .setParameter(9, at)
            .setParameter(10, by)
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  static void insertTransfers(EntityManager em, long fileId, List<CreditTransfer> transfers) {
    for (CreditTransfer t : transfers) {
      em.createNativeQuery(
              "INSERT INTO payment_file_transfer (file_id, municipality, end_to_end_id,"
                  + " amount_ore, organisation_number, account_number)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, fileId)
          .setParameter(2, t.municipalityNumber())
          .setParameter(3, t.endToEndId())
          .setParameter(4, t.amountOre())
          .setParameter(5, t.creditorOrgNumber())
          .setParameter(6, t.creditorAccount())
          .executeUpdate();
    }
  }

  /**
   * The payee as it was at the moment: the values the oldest later change replaced, or the payee
   * now when it has not been changed since.
   */
  static Optional<PayeeAsAt> payeeAt(EntityManager em, String municipality, Instant at) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT old_organisation_number, old_account_number FROM municipality_payee_audit"
                    + " WHERE municipality = ?1 AND changed_at > ?2 ORDER BY changed_at, id"
                    + " LIMIT 1")
            .setParameter(1, municipality)
            .setParameter(2, at)
            .getResultList();
    if (rows.isEmpty()) {
      rows =
          em.createNativeQuery(
                  "SELECT organisation_number, account_number FROM municipality_payee"
                      + " WHERE municipality = ?1")
              .setParameter(1, municipality)
              .getResultList();
    }
    return rows.stream()
        .findFirst()
        .map(r -> new PayeeAsAt(municipality, (String) r[0], (String) r[1]));
  }

  static byte[] content(EntityManager em, long fileId) {
    return (byte[])
        em.createNativeQuery("SELECT content FROM payment_file WHERE id = ?1")
            .setParameter(1, fileId)
            .getSingleResult();
  }

  static void recordDownload(EntityManager em, long fileId, String username, Instant at) {
    em.createNativeQuery(
            "INSERT INTO payment_file_download (file_id, username, at) VALUES (?1, ?2, ?3)")
        .setParameter(1, fileId)
        .setParameter(2, username)
        .setParameter(3, at)
        .executeUpdate();
  }

  /** The file's transfers with the payee they pay, by municipality. */
  static List<FileTransfer> transfers(EntityManager em, long fileId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.municipality, m.name, t.end_to_end_id, t.amount_ore,"
                    + " t.organisation_number, t.account_number FROM payment_file_transfer t"
                    + " JOIN municipality m ON m.number = t.municipality WHERE t.file_id = ?1"
                    + " ORDER BY t.municipality")
            .setParameter(1, fileId)
            .getResultList();
    List<FileTransfer> transfers = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      transfers.add(
          new FileTransfer(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              ((Number) r[3]).longValue(),
              (String) r[4],
              (String) r[5]));
    }
    return transfers;
  }

  private static Optional<StoredPaymentFile> one(EntityManager em, String sql, Object arg) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, arg).getResultList();
    return rows.stream().findFirst().map(PaymentFileRows::file);
  }

  private static StoredPaymentFile file(Object[] r) {
    return new StoredPaymentFile(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).longValue(),
        localDate(r[7]),
        instant(r[8]),
        (String) r[9]);
  }

  static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
