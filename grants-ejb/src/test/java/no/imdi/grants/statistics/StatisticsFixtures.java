package no.imdi.grants.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Hand-counted rows for the statistics queries, written with plain SQL (the queries read the
 * tables, not the entities): settlements, applications with their submission and decision,
 * decisions, complaints, payment runs and lines. Each row is one that the schema's constraints
 * accept.
 */
final class StatisticsFixtures {

  private final TestPersistence db;
  private final AtomicLong ids = new AtomicLong(900_000);
  private int caseSequence;

  StatisticsFixtures(TestPersistence db) {
    this.db = db;
  }

  /**
   * The hand-counted rows of {@code StatisticsServiceTest} (the counts are written out there):
   * settlements in Oslo, Bergen and Stavanger (one moved), applications of every outcome and a
   * draft, decisions, complaints, an additional decision on an accounts report's claim (R-REP-3),
   * and the ledger of three runs (paid, approved, proposed).
   */
  static void handCounted(TestPersistence db) {
    StatisticsFixtures f = new StatisticsFixtures(db);
    // Settlements (the case files below add one REFUGEE settled 1.1.2022 per case).
    f.settle("0301", LocalDate.of(2023, 3, 1), "REFUGEE");
    f.settle("0301", LocalDate.of(2023, 12, 31), "REFUGEE");
    f.settle("0301", LocalDate.of(2023, 6, 1), "HUMANITARIAN");
    f.settle("0301", LocalDate.of(2024, 1, 1), "REFUGEE");
    f.moved(
        f.settle("0301", LocalDate.of(2024, 2, 1), "REFUGEE"), "4601"); // Oslo's, lives in Bergen
    f.settle("4601", LocalDate.of(2023, 8, 1), "REFUGEE");
    f.settle("4601", LocalDate.of(2024, 5, 1), "FAMILY_REUNIFIED");
    f.settle("4601", LocalDate.of(2024, 6, 1), "FAMILY_REUNIFIED");
    f.settle("1103", LocalDate.of(2024, 9, 1), "REFUGEE");

    long oslo = f.caseFile("0301");
    long bergen = f.caseFile("4601");
    // Oslo, decided January 2024 (Oslo days): 10, 20, 29, 10 -> median 15.0, p90 26.3
    f.application(
        oslo,
        1,
        "0301",
        "T1",
        "DECIDED",
        at("2024-01-10T10:00"),
        at("2024-01-20T10:00"),
        "GRANTED");
    f.application(
        oslo,
        2,
        "0301",
        "T1",
        "DECIDED",
        at("2024-01-05T10:00"),
        at("2024-01-25T10:00"),
        "REFUSED");
    f.application(
        oslo,
        3,
        "0301",
        "T2",
        "DECIDED",
        at("2024-01-02T10:00"),
        at("2024-01-31T10:00"),
        "PARTLY_GRANTED");
    // sent 31.12.2023 23:30 UTC = 1.1.2024 00:30 in Oslo: a 2024 application, 10 days
    long osloGranted =
        f.application(
            oslo,
            4,
            "0301",
            "T2",
            "DECIDED",
            at("2023-12-31T23:30"),
            at("2024-01-11T09:00"),
            "GRANTED");
    // February 2024: 4 days
    long dismissed =
        f.application(
            oslo,
            5,
            "0301",
            "T2",
            "DECIDED",
            at("2024-02-01T10:00"),
            at("2024-02-05T10:00"),
            "DISMISSED");
    f.application(oslo, 6, "0301", "T1", "SUBMITTED", at("2024-03-01T10:00"), null, null);
    f.application(oslo, 7, "0301", "T1", "DRAFT", null, null, null); // never submitted: not counted
    f.application(oslo, 8, "0301", "T1", "WITHDRAWN", at("2023-06-01T10:00"), null, null);
    // Bergen: February 2024 30 days; May 2023 10 days; April 2024 7 days
    f.application(
        bergen,
        1,
        "4601",
        "T1",
        "DECIDED",
        at("2024-01-03T10:00"),
        at("2024-02-02T10:00"),
        "GRANTED");
    f.application(
        bergen,
        2,
        "4601",
        "T2",
        "DECIDED",
        at("2023-05-01T10:00"),
        at("2023-05-11T10:00"),
        "REFUSED");
    long bergenDismissed =
        f.application(
            bergen,
            3,
            "4601",
            "T1",
            "DECIDED",
            at("2024-04-01T10:00"),
            at("2024-04-08T10:00"),
            "DISMISSED");

    long osloDecision = f.decision(dismissed, "DISMISSED", at("2024-02-05T10:00"));
    long bergenDecision = f.decision(bergenDismissed, "DISMISSED", at("2024-04-08T10:00"));
    f.complaint(oslo, osloDecision, dismissed, LocalDate.of(2024, 2, 20), "REVERSED", null);
    f.complaint(
        oslo, osloDecision, dismissed, LocalDate.of(2024, 3, 1), "DECIDED_BY_MINISTRY", "UPHELD");
    f.complaint(oslo, osloDecision, dismissed, LocalDate.of(2024, 3, 10), "RECEIVED", null);
    f.complaint(
        bergen, bergenDecision, bergenDismissed, LocalDate.of(2024, 5, 10), "DISMISSED_LATE", null);

    LocalDate march = LocalDate.of(2024, 3, 31);
    LocalDate june = LocalDate.of(2024, 6, 30);
    LocalDate september = LocalDate.of(2024, 9, 30);
    long paid = f.run(march, "PAID");
    f.line(paid, march, "0301", "AR-1", "INTEGRATION_YEAR_ONE", 1_000_000_00L);
    f.line(paid, march, "0301", "AR-2", "INTEGRATION_LATER_YEARS", 500_000_00L);
    f.line(paid, march, "4601", "AR-1", "INTEGRATION_YEAR_ONE", 300_000_00L);
    f.line(paid, march, "0301", "FHT1", "DISABILITY", 70_000_00L);
    f.line(paid, march, "0301", "FHT2", "DISABILITY", -20_000_50L); // a recovery
    long approved = f.run(june, "APPROVED");
    f.line(approved, june, "0301", "EMINB", "UNACCOMPANIED_MINOR", 250_000_00L);
    f.line(approved, june, "4601", "AR-1", "INTEGRATION_YEAR_ONE", 400_000_00L);
    // R-REP-3: the additional decision on the claim of that grant's accounts report, decided
    // 20.6.2024 and paid 28 000 kr in June: not an application, but money granted
    f.supplement(osloGranted, approved, june, 28_000_00L, at("2024-06-20T10:00"));
    long proposed = f.run(september, "PROPOSED"); // not approved: not counted
    f.line(proposed, september, "0301", "AR-1", "INTEGRATION_YEAR_ONE", 999_00L);
  }

  /** A settled person of the target group, settled by the municipality on the date. */
  long settle(String municipality, LocalDate on, String targetGroup) {
    long person = Register.settle(db, municipality, "Test", "Person" + ids.incrementAndGet(), on);
    sql("update settlement set target_group = ? where person_id = ?", targetGroup, person);
    return person;
  }

  /** The person has moved: the register's municipality is now another than the settling one. */
  void moved(long person, String to) {
    sql("update settlement set municipality = ? where person_id = ?", to, person);
  }

  /** A disability case of a new person settled by the municipality. */
  long caseFile(String municipality) {
    long person = settle(municipality, LocalDate.of(2022, 1, 1), "REFUGEE");
    long id = ids.incrementAndGet();
    sql(
        "insert into case_file (id, case_year, case_sequence, scheme, person_id, opened_at,"
            + " opened_by) values (?, 2024, ?, 'DISABILITY_GRANT', ?, ?, 'test')",
        id,
        ++caseSequence,
        person,
        ts(Instant.parse("2023-01-01T00:00:00Z")));
    return id;
  }

  /**
   * An application of the case (its own grant year) by the municipality, in a state, submitted and
   * decided at the instants (either may be null), with the outcome (null: not decided).
   */
  long application(
      long caseId,
      int grantYear,
      String municipality,
      String kind,
      String state,
      Instant submitted,
      Instant decided,
      String outcome) {
    long id = ids.incrementAndGet();
    Instant created = Instant.parse("2022-06-01T00:00:00Z");
    sql(
        "insert into grant_application (id, case_id, applicant, kind, grant_year, basis, state,"
            + " created_by, created_at, saved_at, submitted_by, submitted_at, outcome, decided_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, 'kommune', ?, ?, ?, ?, ?, ?)",
        id,
        caseId,
        municipality,
        kind,
        grantYear,
        kind.equals("T2") ? "BUDGET" : null,
        state,
        ts(created),
        ts(created),
        submitted == null ? null : "kommune",
        ts(submitted),
        outcome,
        ts(decided));
    return id;
  }

  /** The approved decision of a decided application (dismissed or refused: no amount). */
  long decision(long application, String outcome, Instant at) {
    return decision(application, outcome, null, at);
  }

  /** The approved decision of a decided application, a grant with its amount in kroner. */
  long decision(long application, String outcome, Long kroner, Instant at) {
    long id = ids.incrementAndGet();
    sql(
        "insert into decision (id, application_id, outcome, amount, maximum, eligible_costs,"
            + " rate_code, rate_year, rate_verified, durable_specialist, not_lasting, prepared_by,"
            + " prepared_at, proposal_status, reviewed_by, reviewed_at) values (?, ?, ?, ?, ?, 0,"
            + " 'FHT1', 2024, false, false, false, 'imdi.saksbehandler', ?, 'APPROVED',"
            + " 'imdi.godkjenner', ?)",
        id,
        application,
        outcome,
        kroner,
        kroner,
        ts(at),
        ts(at));
    return id;
  }

  /**
   * R-REP-3 (V180): the accounts report of a granted T2 application, decided with a claim, and the
   * additional decision on the claim as the system stores it (its own T2 application row with
   * {@code supplement_of}, accounts-based, created by IMDi with no submission), granted whole and
   * paid in the run under its own ledger key ({@code P<person>/FHT2/A<supplement>}).
   */
  long supplement(long granted, long run, LocalDate instalment, long ore, Instant decided) {
    long decision = decision(granted, "GRANTED", 100_000L, decided.minusSeconds(86_400 * 150));
    long report = ids.incrementAndGet();
    sql(
        "insert into accounts_report (id, case_id, application_id, decision_id, municipality,"
            + " grant_year, period_start, period_end, due_date, granted, contribution_zone, state,"
            + " claimed_overrun, claim_reason, signed_by, signed_role, signed_at, cosigned_by,"
            + " cosigned_role, cosigned_at, created_at, saved_at)"
            + " select ?, a.case_id, a.id, ?, a.applicant, a.grant_year, date '2023-01-01',"
            + " date '2023-12-31', date '2024-03-01', 100000, 'I', 'DECIDED', ?, 'Merkostnader',"
            + " 'kommune', 'MUNICIPALITY_CASEWORKER', ?, 'okonomi', 'MUNICIPALITY_FINANCE', ?,"
            + " ?, ? from grant_application a where a.id = ?",
        report,
        decision,
        ore / 100,
        ts(decided.minusSeconds(86_400 * 30)),
        ts(decided.minusSeconds(86_400 * 29)),
        ts(decided.minusSeconds(86_400 * 60)),
        ts(decided.minusSeconds(86_400 * 29)),
        granted);
    long id = ids.incrementAndGet();
    Instant created = decided.minusSeconds(86_400 * 10);
    sql(
        "insert into grant_application (id, case_id, applicant, kind, grant_year, basis, state,"
            + " created_by, created_at, saved_at, outcome, decided_at, supplement_of,"
            + " supplement_report_id, supplement_claim, supplement_granted)"
            + " select ?, case_id, applicant, 'T2', grant_year, 'ACCOUNTS', 'DECIDED',"
            + " 'imdi.saksbehandler', ?, ?, 'GRANTED', ?, id, ?, ?, 100000"
            + " from grant_application where id = ?",
        id,
        ts(created),
        ts(created),
        ts(decided),
        report,
        ore / 100,
        granted);
    decision(id, "GRANTED", ore / 100, decided);
    String key = "P" + ids.incrementAndGet() + "/FHT2/A" + id;
    line(run, instalment, "0301", "FHT2", "DISABILITY", key, ore);
    return id;
  }

  /**
   * A complaint of the dismissal, sent on the day, in the state (for DECIDED_BY_MINISTRY with the
   * ministry's outcome).
   */
  void complaint(
      long caseId,
      long decision,
      long application,
      LocalDate sent,
      String state,
      String ministryOutcome) {
    LocalDate decided = sent.minusDays(10);
    boolean forwarded = state.equals("WITH_MINISTRY") || state.equals("DECIDED_BY_MINISTRY");
    boolean late = state.equals("DISMISSED_LATE");
    sql(
        "insert into complaint (id, case_id, decision_id, application_id, decision_kind,"
            + " decided_on, notice_received_on, grounds, delay_reason, sent_on, deadline,"
            + " timeliness, last_date_late, received_by, received_at, state, forwarded_on,"
            + " ministry_outcome, ministry_decided_by, ministry_decided_at)"
            + " values (?, ?, ?, ?, 'DISMISSED', ?, ?, 'Uenig', ?, ?, ?, ?, ?,"
            + " 'imdi.saksbehandler', ?, ?, ?, ?, ?, ?)",
        ids.incrementAndGet(),
        caseId,
        decision,
        application,
        decided,
        decided.plusDays(1),
        late ? "Syk" : null,
        sent,
        late ? sent.minusDays(1) : sent.plusDays(5),
        late ? "LATE_MAY_BE_CONSIDERED" : "IN_TIME",
        decided.plusYears(1),
        ts(sent.atStartOfDay(StatisticsFilter.OSLO).toInstant()),
        state,
        forwarded ? sent.plusDays(7) : null,
        ministryOutcome,
        ministryOutcome == null ? null : "departementet",
        ministryOutcome == null
            ? null
            : ts(sent.plusDays(30).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
  }

  /** A payment run of the instalment in the state, prepared and approved by two people. */
  long run(LocalDate instalment, String state) {
    long id = ids.incrementAndGet();
    sql(
        "insert into payment_run (id, instalment, state, phase, prepared_by, prepared_at,"
            + " proposal_status, reviewed_by, reviewed_at) values (?, ?, ?, 'DONE',"
            + " 'imdi.saksbehandler', ?, ?, ?, ?)",
        id,
        instalment,
        state,
        ts(Instant.parse("2024-01-01T00:00:00Z")),
        state.equals("PROPOSED") ? "PENDING" : "APPROVED",
        state.equals("PROPOSED") ? null : "imdi.godkjenner",
        state.equals("PROPOSED") ? null : ts(Instant.parse("2024-01-02T00:00:00Z")));
    return id;
  }

  /** A line of the run for the municipality: a code of the group, the amount in øre. */
  void line(
      long run, LocalDate instalment, String municipality, String code, String group, long ore) {
    line(run, instalment, municipality, code, group, "K" + ids.incrementAndGet(), ore);
  }

  private void line(
      long run,
      LocalDate instalment,
      String municipality,
      String code,
      String group,
      String key,
      long ore) {
    sql(
        "insert into payment_line (run_id, municipality, code, payment_group, entitlement_key,"
            + " instalment, due_basis, amount_ore, kind, rule_ids, reason_key)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'ORDINARY', 'R-PAY-3', 'test')",
        run,
        municipality,
        code,
        group,
        key,
        instalment,
        instalment,
        ore);
  }

  /** An instant written in UTC without seconds, {@code 2024-01-10T10:00}. */
  static Instant at(String utc) {
    return Instant.parse(utc + ":00Z");
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private void sql(String sql, Object... values) {
    db.execute(sql, values);
  }
}
