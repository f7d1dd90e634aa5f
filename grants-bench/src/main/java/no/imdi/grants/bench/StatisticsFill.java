package no.imdi.grants.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import no.imdi.grants.demo.DemoPopulation;

/**
 * A database for the statistics benchmark, written by bulk SQL: synthetic settled persons ({@link
 * DemoPopulation}, 2019-2025, a dozen municipalities), one disability case and application for the
 * first {@code applications} of them (every kind, state and outcome; decided 0-119 days after
 * submission), the approved decision of every decided application, a complaint of one dismissal in
 * three (open, reversed, late, or decided by the ministry), and the payment ledger of eight
 * instalments (2024-2025, the last one approved but not paid): one line per settled person and
 * instalment, in a payment group by the person. Deterministic.
 */
final class StatisticsFill {

  private StatisticsFill() {}

  /** Fills the tables; returns {persons, applications, payment lines, complaints}. */
  static long[] fill(Connection c, int persons, int applications) throws SQLException {
    int settled = DemoPopulation.populate(c, persons, 7);
    try (Statement s = c.createStatement()) {
      s.execute(
          "create temporary table bench_case on commit drop as"
              + " select (row_number() over (order by p.id))::int as n, p.id as person_id,"
              + " s.settled_in as municipality, s.settlement_date from person p"
              + " join settlement s on s.person_id = p.id order by p.id limit "
              + applications);
      s.execute(
          "insert into case_file (id, case_year, case_sequence, scheme, person_id, opened_at,"
              + " opened_by, version)"
              + " select n, extract(year from settlement_date)::int,"
              + " row_number() over (partition by extract(year from settlement_date) order by n),"
              + " 'DISABILITY_GRANT', person_id, settlement_date + time '09:00', 'bench', 0"
              + " from bench_case");
      s.execute(
          "insert into grant_application (id, case_id, applicant, kind, grant_year, basis,"
              + " state, created_by, created_at, saved_at, submitted_by, submitted_at, outcome,"
              + " decided_at, version)"
              + " select n, n, municipality, kind, 1, case when kind = 'T2' then 'BUDGET' end,"
              + " state, 'bench', submitted - interval '20 days', submitted - interval '1 day',"
              + " case when state <> 'DRAFT' then 'bench' end,"
              + " case when state <> 'DRAFT' then submitted end,"
              + " case when state = 'DECIDED' then (array['GRANTED', 'PARTLY_GRANTED',"
              + " 'REFUSED', 'DISMISSED'])[1 + n % 4] end,"
              + " case when state = 'DECIDED' then submitted + (n * 37 % 120) * interval '1 day'"
              + " + (n % 300) * interval '1 minute' end, 0"
              + " from (select n, municipality, case when n % 3 = 0 then 'T2' else 'T1' end"
              + " as kind, case when (n * 7919) % 100 < 8 then 'DRAFT'"
              + " when (n * 7919) % 100 < 30 then 'SUBMITTED'"
              + " when (n * 7919) % 100 < 95 then 'DECIDED' else 'WITHDRAWN' end as state,"
              + " settlement_date + (n % 400) * interval '1 day' + time '10:00' as submitted"
              + " from bench_case) a");
      s.execute(
          "insert into decision (id, application_id, outcome, amount, maximum, eligible_costs,"
              + " rate_code, rate_year, rate_verified, durable_specialist, not_lasting,"
              + " prepared_by, prepared_at, proposal_status, reviewed_by, reviewed_at, version)"
              + " select id, id, outcome,"
              + " case when outcome in ('GRANTED', 'PARTLY_GRANTED') then 100000 end,"
              + " case when outcome in ('GRANTED', 'PARTLY_GRANTED') then 200000 end, 100000,"
              + " 'FHT1', 2024, false, false, false, 'bench', decided_at, 'APPROVED', 'bench2',"
              + " decided_at, 0 from grant_application where outcome is not null");
      s.execute(
          "insert into complaint (id, case_id, decision_id, application_id, decision_kind,"
              + " decided_on, notice_received_on, grounds, delay_reason, sent_on, deadline,"
              + " timeliness, last_date_late, received_by, received_at, state, forwarded_on,"
              + " ministry_outcome, ministry_decided_by, ministry_decided_at, version)"
              + " select a.id, a.case_id, a.id, a.id, 'DISMISSED', d, d + 1, 'Uenig',"
              + " case when k = 2 then 'Syk' end, d + 10, case when k = 2 then d + 9 else d + 22 end,"
              + " case when k = 2 then 'LATE_MAY_BE_CONSIDERED' else 'IN_TIME' end, d + 365,"
              + " 'bench', d + 11 + time '09:00',"
              + " (array['RECEIVED', 'REVERSED', 'DISMISSED_LATE', 'DECIDED_BY_MINISTRY',"
              + " 'DECIDED_BY_MINISTRY', 'WITH_MINISTRY'])[1 + k],"
              + " case when k >= 3 then d + 30 end,"
              + " case when k in (3, 4) then (array['UPHELD', 'CHANGED'])[k - 2] end,"
              + " case when k in (3, 4) then 'departementet' end,"
              + " case when k in (3, 4) then d + 60 + time '12:00' end, 0"
              + " from (select id, case_id, cast(decided_at as date) as d, (id / 3) % 6 as k"
              + " from grant_application where outcome = 'DISMISSED' and id % 3 = 0) a");
      String[] instalments = {
        "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31",
        "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"
      };
      for (int i = 0; i < instalments.length; i++) {
        String state = i == instalments.length - 1 ? "APPROVED" : "PAID";
        s.execute(
            "insert into payment_run (id, instalment, state, phase, prepared_by, prepared_at,"
                + " proposal_status, reviewed_by, reviewed_at) values ("
                + (i + 1)
                + ", date '"
                + instalments[i]
                + "', '"
                + state
                + "', 'DONE', 'bench', now(), 'APPROVED', 'bench2', now())");
        s.execute(
            "insert into payment_line (run_id, person_id, municipality, code, payment_group,"
                + " entitlement_key, instalment, due_basis, amount_ore, kind, rule_ids,"
                + " reason_key) select "
                + (i + 1)
                + ", s.person_id, s.municipality, g.code, g.grp, 'B/' || s.person_id,"
                + " date '"
                + instalments[i]
                + "', date '"
                + instalments[i]
                + "', 1000000 + (s.person_id % 997) * 100, 'ORDINARY', 'R-PAY-3', 'bench'"
                + " from settlement s join lateral (select (array['AR-1', 'AR-2', 'EMINB',"
                + " 'FHT1'])[1 + s.person_id % 4] as code, (array['INTEGRATION_YEAR_ONE',"
                + " 'INTEGRATION_LATER_YEARS', 'UNACCOMPANIED_MINOR', 'DISABILITY'])"
                + "[1 + s.person_id % 4] as grp) g on true"
                + " where s.settlement_date <= date '"
                + instalments[i]
                + "'");
      }
      for (String sequence :
          new String[] {
            "case_file_seq", "grant_application_seq", "decision_seq", "complaint_seq"
          }) {
        s.execute("select setval('" + sequence + "', 10000000)");
      }
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("vacuum analyze");
    }
    return new long[] {
      settled,
      count(c, "select count(*) from grant_application"),
      count(c, "select count(*) from payment_line"),
      count(c, "select count(*) from complaint")
    };
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
