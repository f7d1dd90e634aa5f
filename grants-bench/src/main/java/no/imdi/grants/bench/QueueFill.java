package no.imdi.grants.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import no.imdi.grants.demo.DemoPopulation;

/**
 * A database for the work queue's benchmark, written by bulk SQL (not through the services, which
 * would take hours for this many): synthetic settled persons ({@link DemoPopulation}) in a dozen
 * municipalities, one case each, and one application per case spread over every state, kind and
 * outcome (about two in five still with IMDi), with conversions of some granted T1s, requests for a
 * later deadline and enquiries, and a tenth of the cases each assigned to one of five IMDi
 * caseworkers. Deterministic: the same arguments give the same rows.
 */
final class QueueFill {

  static final String CASEWORKER = "imdi.saksbehandler";

  private QueueFill() {}

  /** Fills the tables; returns the number of applications written. */
  static long fill(Connection c, int applications) throws SQLException {
    return fill(c, applications, applications);
  }

  /** As {@link #fill(Connection, int)}, with more settled persons than applications. */
  static long fill(Connection c, int persons, int applications) throws SQLException {
    DemoPopulation.populate(c, persons, 11);
    try (Statement s = c.createStatement()) {
      s.execute(
          "insert into app_user (username, display_name, password_hash, role) values ('"
              + CASEWORKER
              + "', 'Per Olsen (IMDi)', 'pbkdf2-sha256$1$AA==$AA==', 'IMDI_CASEWORKER')");
      s.execute(
          "create temporary table bench_case on commit drop as"
              + " select (row_number() over (order by p.id))::int as n, p.id as person_id,"
              + " s.municipality, s.settlement_date from person p"
              + " join settlement s on s.person_id = p.id order by p.id limit "
              + applications);
      s.execute(
          "insert into case_file (id, case_year, case_sequence, scheme, person_id, opened_at,"
              + " opened_by, assigned_to, assigned_at, version)"
              + " select n, extract(year from settlement_date)::int,"
              + " row_number() over (partition by extract(year from settlement_date) order by n),"
              + " 'DISABILITY_GRANT', person_id, settlement_date + time '09:00', 'bench',"
              + " case when n % 10 < 4 then null when n % 10 = 4 then '"
              + CASEWORKER
              + "' else 'imdi.saksbehandler' || (n % 10 - 4) end,"
              + " case when n % 10 < 4 then null else settlement_date + time '12:00' end, 0"
              + " from bench_case");
      s.execute(
          "create temporary table bench_application on commit drop as select n, person_id,"
              + " municipality, settlement_date, case when n % 3 = 0 then 'T2' else 'T1' end"
              + " as kind, (n * 7919) % 100 as bucket,"
              + " (settlement_date + interval '14 months')::date as deadline from bench_case");
      s.execute(
          "insert into grant_application (id, case_id, applicant, kind, grant_year, basis,"
              + " state, created_by, created_at, saved_at, submitted_by, submitted_at,"
              + " received_on, deadline, flagged_for_dismissal, outcome, decided_at, version)"
              + " select n, n, municipality, kind, 1,"
              + " case when kind = 'T2' then 'BUDGET' end, state, 'bench',"
              + " submitted - interval '20 days', submitted - interval '1 day',"
              + " case when state <> 'DRAFT' then 'bench' end,"
              + " case when state <> 'DRAFT' then submitted end,"
              + " case when state <> 'DRAFT' then submitted::date end,"
              + " case when state <> 'DRAFT' then deadline end,"
              + " case when state <> 'DRAFT' then submitted::date > deadline end,"
              + " case when state = 'DECIDED' then (array['GRANTED', 'PARTLY_GRANTED',"
              + " 'REFUSED', 'DISMISSED'])[1 + n % 4] end,"
              + " case when state = 'DECIDED' then submitted + interval '40 days' end, 0"
              + " from (select *, case when bucket < 10 then 'DRAFT'"
              + " when bucket < 25 then 'SUBMITTED' when bucket < 35 then 'UNDER_ASSESSMENT'"
              + " when bucket < 40 then 'WAITING_FOR_DOCUMENTATION'"
              + " when bucket < 45 then 'PREPARED' when bucket < 48 then 'SENT_BACK'"
              + " when bucket < 95 then 'DECIDED' else 'WITHDRAWN' end as state,"
              + " (deadline - ((n * 31) % 320 - 10)) + time '10:00' + (n % 600) * interval '1 second'"
              + " as submitted from bench_application) a");
      s.execute(
          "insert into grant_application (id, case_id, applicant, kind, grant_year, basis,"
              + " conversion_of, state, created_by, created_at, saved_at, submitted_by,"
              + " submitted_at, received_on, version)"
              + " select 1000000 + a.id, a.case_id, a.applicant, 'T2', 1, 'BUDGET', a.id,"
              + " 'SUBMITTED', 'bench', a.decided_at + interval '30 days',"
              + " a.decided_at + interval '31 days', 'bench', a.decided_at + interval '31 days',"
              + " (a.decided_at + interval '31 days')::date, 0 from grant_application a"
              + " where a.kind = 'T1' and a.outcome = 'GRANTED' and a.id % 5 = 0");
      s.execute(
          "insert into extension_request (id, case_id, grant_year, original_deadline,"
              + " requested_deadline, reason, received_on, requested_by, requested_at, state,"
              + " granted_deadline, decided_by, decided_at, version)"
              + " select n, n, 1, deadline, deadline + 60, 'Venter på legeerklæring',"
              + " deadline - 20 - n % 30, 'bench', (deadline - 20 - n % 30) + time '11:00',"
              + " case when n % 2 = 0 then 'RECEIVED' else 'GRANTED' end,"
              + " case when n % 2 = 1 then deadline + 60 end,"
              + " case when n % 2 = 1 then '"
              + CASEWORKER
              + "' end, case when n % 2 = 1 then deadline - 5 + time '09:00' end, 0"
              + " from bench_application where n % 25 = 3");
      s.execute(
          "insert into enquiry (id, case_id, application_id, subject, documentation_request,"
              + " state, opened_by, opened_at, last_message_at, version)"
              + " select n, n, n, 'Spørsmål om søknaden', false,"
              + " (array['WAITING_FOR_IMDI', 'WAITING_FOR_IMDI', 'WAITING_FOR_MUNICIPALITY',"
              + " 'CLOSED'])[1 + n % 4], 'bench', settlement_date + interval '100 days',"
              + " settlement_date + interval '100 days' + (n % 900) * interval '1 minute', 0"
              + " from bench_application where n % 15 = 2");
      for (String sequence :
          new String[] {
            "case_file_seq", "grant_application_seq", "extension_request_seq", "enquiry_seq"
          }) {
        s.execute("select setval('" + sequence + "', 10000000)");
      }
    }
    c.commit();
    try (Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("vacuum analyze");
      try (var rs = s.executeQuery("select count(*) from grant_application")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
