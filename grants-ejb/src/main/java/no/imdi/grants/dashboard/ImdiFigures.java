package no.imdi.grants.dashboard;

import static no.imdi.grants.dashboard.Rows.caseNumber;
import static no.imdi.grants.dashboard.Rows.date;
import static no.imdi.grants.dashboard.Rows.id;
import static no.imdi.grants.dashboard.Rows.instant;
import static no.imdi.grants.dashboard.Rows.number;
import static no.imdi.grants.dashboard.Rows.total;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.payment.RunState;

/**
 * IMDi's and the ministry's dashboard figures in PostgreSQL: the work queue (the {@code work_queue}
 * view) by state and age, what falls due this week, overdue accounts reports, the one-month limit
 * of complaints (R-AP-8), the payment run of the current instalment, what waits for approval and
 * what the ministry has. Counts are aggregates; lists are the oldest few.
 */
final class ImdiFigures {

  /** How many of the oldest items a list shows. */
  static final int OLDEST = 5;

  private static final String AGES =
      " count(*) FILTER (WHERE %1$s >= ?1), count(*) FILTER (WHERE %1$s < ?1 AND %1$s >= ?2),"
          + " count(*) FILTER (WHERE %1$s < ?2 OR %1$s IS NULL)";

  private static final String DUE_THIS_WEEK =
      " FROM (SELECT item_type, matter_id, case_id, case_year, case_sequence, due_date"
          + " FROM work_queue WHERE item_type IN ('APPLICATION', 'CONVERSION', 'EXTENSION_REQUEST',"
          + " 'ENQUIRY') AND due_date BETWEEN ?1 AND ?2"
          + " UNION ALL SELECT 'REPLY_DATE', q.id, q.case_id, c.case_year, c.case_sequence,"
          + " q.reply_by FROM enquiry q JOIN case_file c ON c.id = q.case_id"
          + " WHERE q.state = 'WAITING_FOR_MUNICIPALITY' AND q.documentation_request"
          + " AND q.reply_by BETWEEN ?1 AND ?2) w";

  private static final String INTERIM =
      " FROM (SELECT k.id, k.case_id, c.case_year, c.case_sequence, k.state,"
          + " (k.sent_on + interval '1 month')::date AS due FROM complaint k"
          + " JOIN case_file c ON c.id = k.case_id"
          + " WHERE k.state IN ('LATE', 'RECEIVED', 'STATEMENT_PREPARED')"
          + " AND k.interim_reply_on IS NULL) k WHERE k.due <= ?%d";

  private ImdiFigures() {}

  /** The queue per state: waiting under a week, a week to a month, longer (by received_at). */
  static List<AgeTally> queue(EntityManager em, Instant weekAgo, Instant monthAgo) {
    return ages(
        Rows.list(
            em,
            "SELECT state,"
                + AGES.formatted("received_at")
                + " FROM work_queue"
                + " GROUP BY state ORDER BY state",
            Timestamp.from(weekAgo),
            Timestamp.from(monthAgo)));
  }

  /** What falls due this week: how many, and the first by due date, in one statement. */
  static Counted<DueItem> dueThisWeek(EntityManager em, LocalDate monday, LocalDate sunday) {
    List<Object[]> rows =
        Rows.list(
            em,
            "SELECT item_type, matter_id, case_id, case_year, case_sequence, due_date,"
                + " count(*) OVER ()"
                + DUE_THIS_WEEK
                + " ORDER BY due_date, item_type, matter_id LIMIT "
                + OLDEST,
            monday,
            sunday);
    List<DueItem> items = new ArrayList<>();
    for (Object[] r : rows) {
      String type = (String) r[0];
      DueKind kind = "REPLY_DATE".equals(type) ? DueKind.REPLY_DATE : DueKind.QUEUE_ITEM;
      items.add(
          new DueItem(
              kind,
              number(r[1]),
              id(r[2]),
              caseNumber(r[3], r[4]),
              date(r[5]),
              "EXTENSION_REQUEST".equals(type) ? "R-DL-5" : null,
              type));
    }
    return new Counted<>(total(rows, 6), 0, items);
  }

  /**
   * Accounts reports still with the municipality after their due date (R-REP-1): how many, and the
   * oldest, in one statement.
   */
  static Counted<DueItem> overdueReports(EntityManager em, LocalDate today) {
    List<Object[]> rows =
        Rows.list(
            em,
            "SELECT r.id, r.case_id, c.case_year, c.case_sequence, r.due_date, r.state,"
                + " count(*) OVER () FROM accounts_report r JOIN case_file c ON c.id = r.case_id"
                + " WHERE r.state IN ('DRAFT', 'SIGNED') AND r.due_date < ?1"
                + " ORDER BY r.due_date, r.id LIMIT "
                + OLDEST,
            today);
    return new Counted<>(total(rows, 6), 0, Rows.dueItems(DueKind.ACCOUNTS_REPORT, rows));
  }

  /**
   * Complaints with IMDi and no interim reply whose month (R-AP-8) ends by {@code limit}: how many
   * end from today on (count), how many have passed (second), and the first by their month's end,
   * in one statement.
   */
  static Counted<DueItem> interimReplies(EntityManager em, LocalDate today, LocalDate limit) {
    List<Object[]> rows =
        Rows.list(
            em,
            "SELECT k.id, k.case_id, k.case_year, k.case_sequence, k.due, k.state,"
                + " count(*) FILTER (WHERE k.due >= ?1) OVER (),"
                + " count(*) FILTER (WHERE k.due < ?1) OVER ()"
                + INTERIM.formatted(2)
                + " ORDER BY k.due, k.id LIMIT "
                + OLDEST,
            today,
            limit);
    return new Counted<>(
        total(rows, 6), total(rows, 7), Rows.dueItems(DueKind.INTERIM_REPLY, rows));
  }

  /**
   * The latest run of the instalment that is not rejected, with its lines as its progress counts
   * them; its amounts are on the run's page (summing its lines here took 180 ms at 250 000).
   */
  static RunStatus run(EntityManager em, LocalDate instalment) {
    List<Object[]> rows =
        Rows.list(
            em,
            "SELECT r.id, r.state, r.lines_written FROM payment_run r"
                + " WHERE r.instalment = ?1 AND r.state <> 'REJECTED' ORDER BY r.id DESC LIMIT 1",
            instalment);
    if (rows.isEmpty()) {
      return new RunStatus(instalment, null, null, 0);
    }
    Object[] r = rows.get(0);
    return new RunStatus(instalment, number(r[0]), RunState.valueOf((String) r[1]), number(r[2]));
  }

  /** What waits for the approver's approval, each kind with its oldest first. */
  static List<WaitingGroup> approvals(EntityManager em) {
    return List.of(
        waiting(
            em,
            "DECISION",
            "SELECT d.id, d.application_id, c.case_year, c.case_sequence, d.prepared_at,"
                + " d.prepared_by FROM decision d JOIN grant_application a ON a.id = d.application_id"
                + " JOIN case_file c ON c.id = a.case_id WHERE d.proposal_status = 'PENDING'"),
        waiting(
            em,
            "PAYMENT_RUN",
            "SELECT r.id, r.id, NULL, NULL, coalesce(r.proposed_at, r.prepared_at),"
                + " r.prepared_by FROM payment_run r"
                + " WHERE r.state = 'PROPOSED' AND r.proposal_status = 'PENDING'"),
        waiting(
            em,
            "COMPLAINT_STATEMENT",
            "SELECT t.id, t.complaint_id, c.case_year, c.case_sequence, t.prepared_at,"
                + " t.prepared_by FROM complaint_statement t JOIN complaint k ON k.id = t.complaint_id"
                + " JOIN case_file c ON c.id = k.case_id WHERE t.proposal_status = 'PENDING'"),
        waiting(
            em,
            "ACCOUNTS_OUTCOME",
            "SELECT o.id, o.report_id, c.case_year, c.case_sequence, o.prepared_at, o.prepared_by"
                + " FROM accounts_report_outcome o JOIN accounts_report r ON r.id = o.report_id"
                + " JOIN case_file c ON c.id = r.case_id WHERE o.proposal_status = 'PENDING'"));
  }

  /** Complaints forwarded to the ministry (R-AP-6, R-AP-7) by how long they have been there. */
  static AgeTally withMinistry(EntityManager em, Instant weekAgo, Instant monthAgo) {
    List<AgeTally> rows =
        ages(
            Rows.list(
                em,
                "SELECT 'WITH_MINISTRY',"
                    + AGES.formatted("forwarded_at")
                    + " FROM complaint WHERE state = 'WITH_MINISTRY'",
                Timestamp.from(weekAgo),
                Timestamp.from(monthAgo)));
    return rows.get(0);
  }

  static List<WaitingItem> withMinistryOldest(EntityManager em) {
    return items(
        Rows.list(
            em,
            "SELECT k.id, k.id, c.case_year, c.case_sequence, k.forwarded_at, NULL"
                + " FROM complaint k JOIN case_file c ON c.id = k.case_id"
                + " WHERE k.state = 'WITH_MINISTRY' ORDER BY k.forwarded_at, k.id LIMIT "
                + OLDEST));
  }

  /**
   * How many of one kind wait, and the oldest of them: two statements, as the oldest few come from
   * an index in order while a count over the window would sort them all (measured slower).
   */
  private static WaitingGroup waiting(EntityManager em, String kind, String select) {
    long count = Rows.single(em, "SELECT count(*) FROM (" + select + ") x");
    return new WaitingGroup(
        kind, count, items(Rows.list(em, select + " ORDER BY 5, 1 LIMIT " + OLDEST)));
  }

  private static List<WaitingItem> items(List<Object[]> rows) {
    return rows.stream()
        .map(
            r ->
                new WaitingItem(
                    number(r[0]), id(r[1]), caseNumber(r[2], r[3]), instant(r[4]), (String) r[5]))
        .toList();
  }

  private static List<AgeTally> ages(List<Object[]> rows) {
    return rows.stream()
        .map(r -> new AgeTally((String) r[0], number(r[1]), number(r[2]), number(r[3])))
        .toList();
  }
}
