package no.imdi.grants.dashboard;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Hand-counted rows for the dashboards, written by plain SQL for a fixed today of Tuesday
 * 10.03.2026 (week 09.03-15.03, the next 30 days up to 09.04.2026), in Oslo (0301) and Bergen
 * (4601). Each figure of {@link DashboardServiceTest} is counted from the comments here.
 */
final class DashboardFixture {

  private DashboardFixture() {}

  static void arrange(TestPersistence db) {
    Register.users(db);
    Register.user(db, "okonomi.bergen", no.imdi.grants.security.Role.MUNICIPALITY_FINANCE, "4601");
    long o1 = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2025, 2, 1));
    long o2 = Register.settle(db, "0301", "Yusuf", "Abdi", LocalDate.of(2024, 1, 15));
    long o3 = Register.settle(db, "0301", "Sara", "Tesfay", LocalDate.of(2024, 1, 25));
    long o4 = Register.settle(db, "0301", "Omar", "Hussein", LocalDate.of(2024, 6, 1));
    long b1 = Register.settle(db, "4601", "Fatima", "Ali", LocalDate.of(2025, 2, 1));
    long b2 = Register.settle(db, "4601", "Hassan", "Mohammed", LocalDate.of(2024, 6, 1));
    long o5 = Register.settle(db, "0301", "Dawit", "Gebre", LocalDate.of(2023, 1, 10));
    long o6 = Register.settle(db, "0301", "Nadia", "Haidari", LocalDate.of(2023, 1, 10));
    long b3 = Register.settle(db, "4601", "Liya", "Bekele", LocalDate.of(2023, 1, 10));
    long[] persons = {o1, o2, o3, o4, b1, b2, o5, o6, b3};
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < persons.length; i++) {
      sql.append(
          ("INSERT INTO case_file (id, case_year, case_sequence, scheme, person_id, opened_at,"
                  + " opened_by, version) VALUES (%d, 2025, %d, 'DISABILITY_GRANT', %d,"
                  + " '2025-03-01 09:00+01', 'test', 0);")
              .formatted(i + 1, i + 1, persons[i]));
    }
    // Oslo: drafts 101 (R-DL-1 01.04.2026, in), 102 (R-DL-1 15.03.2025, passed) and 104 (year 2
    // after a granted year 1: R-DL-2 25.03.2026, in); 103 granted; 105 submitted 05.03, deadline
    // 12.03.2026 (this week). Bergen: draft 106 (01.04.2026), 107 prepared, received 10.01.2026.
    sql.append(application(101, 1, "0301", 1, "DRAFT", null, null));
    sql.append(application(102, 2, "0301", 1, "DRAFT", null, null));
    sql.append(application(103, 3, "0301", 1, "DECIDED", "2024-10-01", "2024-12-13"));
    sql.append(application(104, 3, "0301", 2, "DRAFT", null, null));
    sql.append(application(105, 4, "0301", 1, "SUBMITTED", "2026-03-05", "2026-03-12"));
    sql.append(application(106, 5, "4601", 1, "DRAFT", null, null));
    sql.append(application(107, 6, "4601", 1, "PREPARED", "2026-01-10", "2026-06-01"));
    sql.append(application(108, 7, "0301", 1, "DECIDED", "2023-06-01", "2024-03-10"));
    sql.append(application(109, 8, "0301", 1, "DECIDED", "2023-06-01", "2024-03-10"));
    sql.append(application(110, 9, "4601", 1, "DECIDED", "2023-06-01", "2024-03-10"));
    // decisions: granted 201, 203-205; 202 waits for the approver (prepared 01.03.2026);
    // dismissals 206-209 that complaints are about
    sql.append(decision(201, 103, "GRANTED", "APPROVED"));
    sql.append(decision(202, 107, "GRANTED", "PENDING"));
    sql.append(decision(203, 108, "GRANTED", "APPROVED"));
    sql.append(decision(204, 109, "GRANTED", "APPROVED"));
    sql.append(decision(205, 110, "GRANTED", "APPROVED"));
    sql.append(decision(206, 102, "DISMISSED", "APPROVED"));
    sql.append(decision(207, 106, "DISMISSED", "APPROVED"));
    sql.append(decision(208, 101, "DISMISSED", "APPROVED"));
    sql.append(decision(209, 104, "DISMISSED", "APPROVED"));
    // accounts reports: Oslo 301 draft due 20.03.2026 (in 30 days), 302 signed due 01.05.2026
    // (waits for okonomi.oslo), 303 draft due 01.02.2026 (overdue); Bergen 304 signed due 15.03
    sql.append(report(301, 3, 103, 201, "0301", "DRAFT", "2026-03-20"));
    sql.append(report(302, 7, 108, 203, "0301", "SIGNED", "2026-05-01"));
    sql.append(report(303, 8, 109, 204, "0301", "DRAFT", "2026-02-01"));
    sql.append(report(304, 9, 110, 205, "4601", "SIGNED", "2026-03-15"));
    // a request for documentation to Oslo, reply by 13.03.2026 (in 30 days; this week for IMDi)
    sql.append(
        "INSERT INTO enquiry (id, case_id, application_id, subject, documentation_request,"
            + " reply_by, state, opened_by, opened_at, last_message_at, version) VALUES (401, 4,"
            + " 105, 'Legeerklæring', true, '2026-03-13', 'WAITING_FOR_MUNICIPALITY',"
            + " 'imdi.saksbehandler', '2026-03-02 10:00+01', '2026-03-02 10:00+01', 0);");
    // Oslo's inbox: dismissal delivered 02.03 (deadline R-AP-3 23.03.2026, in), 05.01 (deadline
    // 26.01, passed), 03.03 on decision 206 that has a complaint (left out); an unread request;
    // an opened letter. Bergen: one unread dismissal, complained about (502).
    sql.append(inbox(701, "0301", 2, "LETTER", "DECISION", 9211, "DISMISSAL", "2026-03-02", false));
    sql.append(inbox(702, "0301", 2, "LETTER", "DECISION", 9212, "DISMISSAL", "2026-01-05", false));
    sql.append(inbox(703, "0301", 2, "LETTER", "DECISION", 206, "DISMISSAL", "2026-03-03", false));
    sql.append(
        inbox(704, "0301", 4, "REQUEST", "ENQUIRY_MESSAGE", 9401, null, "2026-03-02", false));
    sql.append(inbox(705, "0301", 3, "LETTER", "DECISION", 201, "GRANT", "2025-01-10", true));
    sql.append(inbox(706, "4601", 5, "LETTER", "DECISION", 207, "DISMISSAL", "2026-03-02", false));
    // complaints with IMDi: 501 sent 14.02 (month ends 14.03: near), 502 sent 20.01 (20.02:
    // overdue), 503 sent 01.03 (01.04: not yet); 504 with the ministry since 01.02.2026
    sql.append(complaint(501, 2, 206, 102, "RECEIVED", "2026-02-14", null));
    sql.append(complaint(502, 5, 207, 106, "RECEIVED", "2026-01-20", null));
    sql.append(complaint(503, 1, 208, 101, "RECEIVED", "2026-03-01", null));
    sql.append(complaint(504, 3, 209, 104, "WITH_MINISTRY", "2026-01-05", "2026-02-01"));
    // payments: 31.12.2025 paid (Oslo 100 000 + 50 000 kr, Bergen 70 000 kr); 31.03.2026
    // proposed, waiting for the approver (Oslo 30 000 kr, Bergen 99 000 kr)
    sql.append(
        "INSERT INTO payment_run (id, instalment, state, prepared_by, prepared_at,"
            + " proposal_status, reviewed_by, reviewed_at, paid_by, paid_at) VALUES (601,"
            + " '2025-12-31', 'PAID', 'imdi.saksbehandler', '2025-12-01 09:00+01', 'APPROVED',"
            + " 'imdi.godkjenner', '2025-12-02 09:00+01', 'imdi.saksbehandler',"
            + " '2025-12-15 09:00+01');");
    sql.append(
        "INSERT INTO payment_run (id, instalment, state, prepared_by, prepared_at,"
            + " proposal_status, proposed_at, lines_written) VALUES (602, '2026-03-31',"
            + " 'PROPOSED', 'imdi.saksbehandler', '2026-03-05 09:00+01', 'PENDING',"
            + " '2026-03-05 10:00+01', 2);");
    sql.append(line(601, o1, "0301", "AR-1", "INTEGRATION_YEAR_ONE", "2025-12-31", 10_000_000));
    sql.append(line(601, o3, "0301", "FHT2", "DISABILITY", "2025-12-31", 5_000_000));
    sql.append(line(601, b1, "4601", "AR-1", "INTEGRATION_YEAR_ONE", "2025-12-31", 7_000_000));
    sql.append(line(602, o4, "0301", "AR-1", "INTEGRATION_YEAR_ONE", "2026-03-31", 3_000_000));
    sql.append(line(602, b2, "4601", "AR-1", "INTEGRATION_YEAR_ONE", "2026-03-31", 9_900_000));
    execute(db, sql.toString());
    // both runs are finished (PROPOSED, PAID): their totals as RunFinish writes them (R-PAY-3)
    totals(db, 601, 602);
  }

  /** The totals of finished runs, as the transaction that makes a run PROPOSED writes them. */
  static void totals(TestPersistence db, long... runs) {
    try (Connection c = db.dataSource().getConnection()) {
      for (long run : runs) {
        no.imdi.grants.payment.RunTotalRows.write(c, run);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String application(
      long id, long caseId, String municipality, int year, String state, String sent, String due) {
    boolean submitted = sent != null;
    return ("INSERT INTO grant_application (id, case_id, applicant, kind, grant_year, basis, state,"
            + " created_by, created_at, saved_at, submitted_by, submitted_at, received_on,"
            + " deadline, flagged_for_dismissal, outcome, decided_at, version) VALUES (%d, %d,"
            + " '%s', 'T2', %d, 'BUDGET', '%s', 'kommune', '2025-03-01 09:00+01',"
            + " '2025-03-01 09:00+01', %s, %s, %s, %s, %s, %s, %s, 0);")
        .formatted(
            id,
            caseId,
            municipality,
            year,
            state,
            submitted ? "'kommune'" : "NULL",
            submitted ? "'" + sent + " 10:00+01'" : "NULL",
            submitted ? "'" + sent + "'" : "NULL",
            submitted ? "'" + due + "'" : "NULL",
            submitted ? "false" : "NULL",
            state.equals("DECIDED") ? "'GRANTED'" : "NULL",
            state.equals("DECIDED") ? "'" + sent + " 12:00+01'" : "NULL");
  }

  private static String decision(long id, long application, String outcome, String status) {
    boolean granted = outcome.equals("GRANTED");
    return ("INSERT INTO decision (id, application_id, outcome, amount, maximum, eligible_costs,"
            + " rate_code, rate_year, rate_verified, durable_specialist, not_lasting, prepared_by,"
            + " prepared_at, proposal_status, reviewed_by, reviewed_at, version) VALUES (%d, %d,"
            + " '%s', %s, %s, 300000, 'T2', 2024, true, false, false, 'imdi.saksbehandler',"
            + " '2026-03-01 09:00+01', '%s', %s, %s, 0);")
        .formatted(
            id,
            application,
            outcome,
            granted ? "300000" : "NULL",
            granted ? "1608000" : "NULL",
            status,
            status.equals("PENDING") ? "NULL" : "'imdi.godkjenner'",
            status.equals("PENDING") ? "NULL" : "'2026-03-02 09:00+01'");
  }

  private static String report(
      long id, long caseId, long app, long decision, String muni, String state, String due) {
    boolean signed = state.equals("SIGNED");
    return ("INSERT INTO accounts_report (id, case_id, application_id, decision_id, municipality,"
            + " grant_year, period_start, period_end, due_date, granted, contribution_zone, state,"
            + " signed_by, signed_role, signed_at, created_at, saved_at, version) VALUES (%d, %d,"
            + " %d, %d, '%s', 1, '2024-01-01', '2024-12-31', '%s', 300000, 'I', '%s', %s, %s, %s,"
            + " '2025-01-10 09:00+01', '2025-01-10 09:00+01', 0);")
        .formatted(
            id,
            caseId,
            app,
            decision,
            muni,
            due,
            state,
            signed ? "'kommune'" : "NULL",
            signed ? "'MUNICIPALITY_CASEWORKER'" : "NULL",
            signed ? "'2026-03-01 09:00+01'" : "NULL");
  }

  private static String inbox(
      long id,
      String muni,
      long caseId,
      String kind,
      String source,
      long sourceId,
      String letterKind,
      String delivered,
      boolean opened) {
    boolean letter = kind.equals("LETTER");
    return ("INSERT INTO inbox_item (id, municipality, case_id, item_kind, source, source_id,"
            + " letter_kind, title, document_id, delivered_at, first_opened_at, first_opened_by)"
            + " VALUES (%d, '%s', %d, '%s', '%s', %d, %s, 'Brev', %s, '%s 09:00+01', %s, %s);")
        .formatted(
            id,
            muni,
            caseId,
            kind,
            source,
            sourceId,
            letter ? "'" + letterKind + "'" : "NULL",
            letter ? "gen_random_uuid()" : "NULL",
            delivered,
            opened ? "'" + delivered + " 12:00+01'" : "NULL",
            opened ? "'kommune.oslo'" : "NULL");
  }

  private static String complaint(
      long id, long caseId, long decision, long app, String state, String sent, String forwarded) {
    return ("INSERT INTO complaint (id, case_id, decision_id, application_id, decision_kind,"
            + " decided_on, notice_received_on, grounds, sent_on, deadline, timeliness,"
            + " last_date_late, received_by, received_at, state, forwarded_on, forwarded_at,"
            + " version) VALUES (%d, %d, %d, %d, 'DISMISSED', '2025-12-20', '2025-12-22',"
            + " 'Vi klager', '%s', '2027-01-01', 'IN_TIME', '2026-12-20', 'imdi.saksbehandler',"
            + " '%s 09:00+01', '%s', %s, %s, 0);")
        .formatted(
            id,
            caseId,
            decision,
            app,
            sent,
            sent,
            state,
            forwarded == null ? "NULL" : "'" + forwarded + "'",
            forwarded == null ? "NULL" : "'" + forwarded + " 09:00+01'");
  }

  private static String line(
      long run, long person, String muni, String code, String group, String instalment, long ore) {
    return ("INSERT INTO payment_line (run_id, person_id, municipality, code, payment_group,"
            + " entitlement_key, instalment, due_basis, amount_ore, kind, rule_ids, reason_key)"
            + " VALUES (%d, %d, '%s', '%s', '%s', 'P%d/%s/%d', '%s', '%s', %d, 'ORDINARY',"
            + " 'R-IG-5', 'payment.line.ordinary');")
        .formatted(run, person, muni, code, group, person, code, run, instalment, instalment, ore);
  }

  static void execute(TestPersistence db, String sql) {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
