package no.imdi.grants.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.settlement.Sex;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Disability-grant cases written straight to the test database, as the municipality's side would
 * have left them: a person settled in Oslo, a case (numbered in year 2099, so that it never meets a
 * real counter), and a submitted T2 application of year 1 with its health information, two measures
 * with cost lines (R-COST-7: 348 005 kr and 139 202 kr in zone I) and a stored health document. Ids
 * are far above what the sequences hand out.
 */
final class CaseTestData {

  /** What a test needs to find its case again. */
  record Submitted(long person, long caseId, String caseNumber, long application, UUID document) {}

  static final String IMPAIRMENT = "Alvorlig utviklingshemming";

  private CaseTestData() {}

  /**
   * A submitted application of a person settled on the day; received today with the deadline of
   * R-DL-1 (14 months after settlement), flagged for dismissal when that has passed (R-DL-6).
   */
  static Submitted submitted(LocalDate settled, String family) throws Exception {
    long base = 9_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
    int sequence = ThreadLocalRandom.current().nextInt(10_000, 99_999);
    LocalDate today = LocalDate.now(no.imdi.grants.shared.ClockProducer.OSLO);
    LocalDate deadline = settled.plusMonths(14);
    boolean late = today.isAfter(deadline);
    UUID document = UUID.randomUUID();
    try (Connection c = TestEnvironment.connection()) {
      c.setAutoCommit(false);
      TestData.insertPerson(c, base, "Amina", family, LocalDate.of(1990, 5, 17), Sex.FEMALE);
      TestData.insertSettlement(c, base + 1, base, TestData.OSLO, settled, null);
      update(
          c,
          "insert into case_file (id, case_year, case_sequence, scheme, person_id, opened_at,"
              + " opened_by) values (?, 2099, ?, 'DISABILITY_GRANT', ?, now(), 'kommune.oslo')",
          base + 2,
          sequence,
          base);
      update(
          c,
          "insert into grant_application (id, case_id, applicant, kind, grant_year, basis, state,"
              + " impairment, impairment_arose, arose_before_settlement, help_needed,"
              + " consent_names, contribution_zone, services_needing_decision,"
              + " pedagogical_measures, new_health_information, created_by, created_at, saved_at,"
              + " submitted_by, submitted_at, received_on, deadline, flagged_for_dismissal)"
              + " values (?, ?, '0301', 'T2', 1, 'BUDGET', 'SUBMITTED', ?, 'Fra fødselen', true,"
              + " 'Hjelp hele døgnet', 'Fastlege Ola Lege', 'I', false, false, false,"
              + " 'kommune.oslo', now(), now(), 'kommune.oslo', now(), ?, ?, ?)",
          base + 3,
          base + 2,
          IMPAIRMENT,
          today,
          deadline,
          late);
      measure(c, base + 4, base + 3, 0, "Personlig assistanse", 1000);
      measure(c, base + 5, base + 3, 1, "Ledsager til aktiviteter", 400);
      byte[] pdf = pdf();
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
      update(
          c,
          "insert into stored_document (id, display_name, media_type, size_bytes, sha256,"
              + " page_count, received_at, received_by, content)"
              + " values (?, 'legeerklaering.pdf', 'application/pdf', ?, ?, 1, now(),"
              + " 'kommune.oslo', ?)",
          document,
          (long) pdf.length,
          sha,
          pdf);
      update(
          c,
          "insert into application_attachment (id, application_id, kind, title, document_id,"
              + " format, size_bytes, sha256, health_data, attached_by, attached_at)"
              + " values (?, ?, 'HEALTH_DOCUMENTATION', 'Legeerklæring', ?, 'application/pdf', ?,"
              + " ?, true, 'kommune.oslo', now())",
          base + 6,
          base + 3,
          document,
          (long) pdf.length,
          sha);
      c.commit();
    }
    return new Submitted(base, base + 2, String.format("2099/%05d", sequence), base + 3, document);
  }

  /** The case taken by the caseworker and the application under assessment. */
  static void underAssessment(Submitted s, String caseworker) throws Exception {
    try (Connection c = TestEnvironment.connection()) {
      update(
          c,
          "update case_file set assigned_to = ?, assigned_at = now(), version = version + 1"
              + " where id = ?",
          caseworker,
          s.caseId());
      update(
          c,
          "update grant_application set state = 'UNDER_ASSESSMENT', version = version + 1"
              + " where id = ?",
          s.application());
    }
  }

  /**
   * The case taken by the preparer and a decision prepared by them waiting for approval: a grant of
   * the first measure's 348 005 kr on the T2 cap (R-T2-1).
   */
  static void preparedBy(Submitted s, String preparer) throws Exception {
    try (Connection c = TestEnvironment.connection()) {
      update(
          c,
          "update case_file set assigned_to = ?, assigned_at = now() where id = ?",
          preparer,
          s.caseId());
      update(c, "update grant_application set state = 'PREPARED' where id = ?", s.application());
      update(
          c,
          "insert into decision (id, application_id, outcome, amount, maximum, eligible_costs,"
              + " rate_code, rate_year, rate_verified, durable_specialist, not_lasting,"
              + " prepared_by, prepared_at, proposal_status)"
              + " values (?, ?, 'GRANTED', 348005, 348005, 348005, 'T2', ?, false, false, false,"
              + " ?, now(), 'PENDING')",
          s.application() + 5,
          s.application(),
          LocalDate.now().getYear(),
          preparer);
    }
  }

  /** A request for a later deadline of grant year 1 (R-DL-5), received today; returns its id. */
  static long extensionRequested(Submitted s, LocalDate originalDeadline, LocalDate wanted)
      throws Exception {
    long id = s.application() + 7;
    try (Connection c = TestEnvironment.connection()) {
      update(
          c,
          "insert into extension_request (id, case_id, grant_year, original_deadline,"
              + " requested_deadline, reason, received_on, requested_by, requested_at, state)"
              + " values (?, ?, 1, ?, ?, 'Venter på spesialisterklæring', ?, 'kommune.oslo',"
              + " now(), 'RECEIVED')",
          id,
          s.caseId(),
          originalDeadline,
          wanted,
          LocalDate.now(no.imdi.grants.shared.ClockProducer.OSLO));
    }
    return id;
  }

  static long count(String sql, Object... args) throws Exception {
    return one(sql, args, rs -> rs.getLong(1), 0L);
  }

  static String text(String sql, Object... args) throws Exception {
    return one(sql, args, rs -> rs.getString(1), null);
  }

  static java.math.BigDecimal amount(String sql, Object... args) throws Exception {
    return one(sql, args, rs -> rs.getBigDecimal(1), null);
  }

  static OffsetDateTime timestamp(String sql, Object... args) throws Exception {
    return one(sql, args, rs -> rs.getObject(1, OffsetDateTime.class), null);
  }

  private interface Column<T> {
    T read(ResultSet rs) throws java.sql.SQLException;
  }

  /** The first column of the first row as the reader reads it, or {@code none} without a row. */
  private static <T> T one(String sql, Object[] args, Column<T> column, T none) throws Exception {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? column.read(rs) : none;
      }
    }
  }

  private static void measure(
      Connection c, long id, long application, int position, String name, int hours)
      throws Exception {
    update(
        c,
        "insert into application_measure (id, application_id, position, name, other_funding)"
            + " values (?, ?, ?, ?, 'Ingen andre bidrar')",
        id,
        application,
        position,
        name);
    update(
        c,
        "insert into application_cost_line (measure_id, position, role, hourly_pay, hours,"
            + " category, holiday_pay_rate, pension_rate)"
            + " values (?, 0, 'Miljøterapeut', 250, ?, 'DIRECT_USER_TIME', 0.12, 0.10)",
        id,
        hours);
  }

  private static void update(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }
}
