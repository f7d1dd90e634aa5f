package no.imdi.grants.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    long id = ids.incrementAndGet();
    sql(
        "insert into decision (id, application_id, outcome, eligible_costs, rate_code, rate_year,"
            + " rate_verified, durable_specialist, not_lasting, prepared_by, prepared_at,"
            + " proposal_status, reviewed_by, reviewed_at) values (?, ?, ?, 0, 'FHT1', 2024,"
            + " false, false, false, 'imdi.saksbehandler', ?, 'APPROVED', 'imdi.godkjenner', ?)",
        id,
        application,
        outcome,
        ts(at),
        ts(at));
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
    sql(
        "insert into payment_line (run_id, municipality, code, payment_group, entitlement_key,"
            + " instalment, due_basis, amount_ore, kind, rule_ids, reason_key)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'ORDINARY', 'R-PAY-3', 'test')",
        run,
        municipality,
        code,
        group,
        "K" + ids.incrementAndGet(),
        instalment,
        instalment,
        ore);
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private void sql(String sql, Object... values) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        s.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
