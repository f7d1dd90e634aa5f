package no.imdi.grants.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import no.imdi.grants.payment.RunTotalRows;

/**
 * What the dashboards count, on top of {@link QueueFill}'s applications, by bulk SQL: a decision
 * for every decided and every prepared application (the prepared ones waiting for the approver),
 * its letter in the municipality's inbox (a third unread), an accounts report for every granted T2
 * (draft or signed, due 14 months after the settlement), complaints on half the dismissals (with
 * IMDi or with the ministry), the demo users, and two payment runs with a line per settled person:
 * 30.09.2025 paid, 31.12.2025 proposed, with their totals. Deterministic.
 */
final class DashboardFill {

  private DashboardFill() {}

  static void fill(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String[] u :
          new String[][] {
            {"kommune.oslo", "MUNICIPALITY_CASEWORKER", "'0301'"},
            {"okonomi.oslo", "MUNICIPALITY_FINANCE", "'0301'"},
            {"kommune.bergen", "MUNICIPALITY_CASEWORKER", "'4601'"},
            {"imdi.godkjenner", "IMDI_APPROVER", "NULL"},
            {"departementet", "MINISTRY", "NULL"},
            {"admin", "ADMIN", "NULL"}
          }) {
        s.execute(
            "insert into app_user (username, display_name, password_hash, role,"
                + " municipality_number) values ('%s', '%s', 'pbkdf2-sha256$1$AA==$AA==', '%s', %s)"
                    .formatted(u[0], u[0], u[1], u[2]));
      }
      s.execute(
          "insert into decision (id, application_id, outcome, amount, maximum, eligible_costs,"
              + " rate_code, rate_year, rate_verified, durable_specialist, not_lasting,"
              + " prepared_by, prepared_at, proposal_status, reviewed_by, reviewed_at, version)"
              + " select a.id, a.id, coalesce(a.outcome, 'GRANTED'),"
              + " case when coalesce(a.outcome, 'GRANTED') in ('GRANTED', 'PARTLY_GRANTED')"
              + " then 300000 end,"
              + " case when coalesce(a.outcome, 'GRANTED') in ('GRANTED', 'PARTLY_GRANTED')"
              + " then 1608000 end, 300000, a.kind, 2024, true, false, false,"
              + " 'imdi.saksbehandler', coalesce(a.decided_at, a.submitted_at + interval '20 days'),"
              + " case when a.state = 'DECIDED' then 'APPROVED' else 'PENDING' end,"
              + " case when a.state = 'DECIDED' then 'imdi.godkjenner' end, a.decided_at, 0"
              + " from grant_application a where a.state in ('DECIDED', 'PREPARED')");
      s.execute(
          "insert into inbox_item (municipality, case_id, item_kind, source, source_id,"
              + " letter_kind, title, document_id, delivered_at, first_opened_at, first_opened_by)"
              + " select a.applicant, a.case_id, 'LETTER', 'DECISION', d.id,"
              + " case d.outcome when 'DISMISSED' then 'DISMISSAL' when 'REFUSED' then 'REFUSAL'"
              + " else 'GRANT' end, 'Vedtak', gen_random_uuid(), d.reviewed_at,"
              + " case when d.id % 3 <> 0 then d.reviewed_at + interval '1 day' end,"
              + " case when d.id % 3 <> 0 then 'kommune' end"
              + " from decision d join grant_application a on a.id = d.application_id"
              + " where d.proposal_status = 'APPROVED'");
      s.execute(
          "insert into accounts_report (id, case_id, application_id, decision_id, municipality,"
              + " grant_year, period_start, period_end, due_date, granted, contribution_zone,"
              + " state, signed_by, signed_role, signed_at, created_at, saved_at, version)"
              + " select a.id, a.case_id, a.id, d.id, a.applicant, 1, st.settlement_date,"
              + " (st.settlement_date + interval '1 year' - interval '1 day')::date,"
              + " (st.settlement_date + interval '14 months')::date, 300000, 'I',"
              + " case when a.id % 2 = 0 then 'DRAFT' else 'SIGNED' end,"
              + " case when a.id % 2 = 1 then 'kommune' end,"
              + " case when a.id % 2 = 1 then 'MUNICIPALITY_CASEWORKER' end,"
              + " case when a.id % 2 = 1 then d.reviewed_at end, d.reviewed_at, d.reviewed_at, 0"
              + " from grant_application a join decision d on d.application_id = a.id"
              + " join case_file c on c.id = a.case_id join settlement st on st.person_id = c.person_id"
              + " where a.kind = 'T2' and a.basis = 'BUDGET' and d.proposal_status = 'APPROVED'"
              + " and d.outcome in ('GRANTED', 'PARTLY_GRANTED')");
      s.execute(
          "insert into complaint (id, case_id, decision_id, application_id, decision_kind,"
              + " decided_on, notice_received_on, grounds, sent_on, deadline, timeliness,"
              + " last_date_late, received_by, received_at, state, forwarded_on, forwarded_at,"
              + " version) select d.id, a.case_id, d.id, a.id, 'DISMISSED',"
              + " d.reviewed_at::date, d.reviewed_at::date + 1, 'Klage',"
              + " d.reviewed_at::date + 10, d.reviewed_at::date + 22, 'IN_TIME',"
              + " d.reviewed_at::date + 365, 'imdi.saksbehandler', d.reviewed_at + interval '10 days',"
              + " case when d.id / 4 % 4 = 0 then 'WITH_MINISTRY' else 'RECEIVED' end,"
              + " case when d.id / 4 % 4 = 0 then d.reviewed_at::date + 40 end,"
              + " case when d.id / 4 % 4 = 0 then d.reviewed_at + interval '40 days' end, 0"
              + " from decision d join grant_application a on a.id = d.application_id"
              + " where d.outcome = 'DISMISSED' and d.id / 4 % 2 = 0");
      s.execute(
          "insert into payment_run (id, instalment, state, prepared_by, prepared_at,"
              + " proposal_status, reviewed_by, reviewed_at, paid_by, paid_at) values (1,"
              + " '2025-09-30', 'PAID', 'imdi.saksbehandler', '2025-09-15 09:00+02', 'APPROVED',"
              + " 'imdi.godkjenner', '2025-09-16 09:00+02', 'imdi.saksbehandler',"
              + " '2025-10-03 09:00+02')");
      s.execute(
          "insert into payment_run (id, instalment, state, prepared_by, prepared_at,"
              + " proposal_status, proposed_at) values (2, '2025-12-31', 'PROPOSED',"
              + " 'imdi.saksbehandler', '2025-11-10 09:00+01', 'PENDING', '2025-11-10 10:00+01')");
      for (String[] run : new String[][] {{"1", "2025-09-30"}, {"2", "2025-12-31"}}) {
        s.execute(
            ("insert into payment_line (run_id, person_id, municipality, code, payment_group,"
                    + " entitlement_key, instalment, due_basis, amount_ore, kind, rule_ids,"
                    + " reason_key) select %s, person_id, municipality, 'AR-2',"
                    + " 'INTEGRATION_LATER_YEARS', 'P' || person_id || '/AR-2/%s', '%s', '%s',"
                    + " 4850000, 'ORDINARY', 'R-IG-5', 'payment.line.ordinary' from settlement")
                .formatted(run[0], run[1], run[1], run[1]));
      }
      // both runs are finished (PAID, PROPOSED): their totals as RunFinish writes them (R-PAY-3)
      RunTotalRows.write(c, 1);
      RunTotalRows.write(c, 2);
      s.execute("select setval('decision_seq', 10000000)");
      s.execute("select setval('complaint_seq', 10000000)");
      s.execute("select setval('accounts_report_seq', 10000000)");
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("vacuum analyze");
    }
  }
}
