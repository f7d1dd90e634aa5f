package no.imdi.grants.dashboard;

import static no.imdi.grants.dashboard.Rows.caseNumber;
import static no.imdi.grants.dashboard.Rows.date;
import static no.imdi.grants.dashboard.Rows.instant;
import static no.imdi.grants.dashboard.Rows.number;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.RunState;

/**
 * The municipality dashboards' figures in PostgreSQL, each for one municipality only (the caller's
 * own): a case belongs to the municipality its person lives in now (as {@code CaseScope}), an inbox
 * item, an accounts report and a payment line to the municipality they name.
 */
final class MunicipalityFigures {

  /** R-DL-1..4 and R-DL-5 for a draft, as {@code ApplicationDeadlines} computes them. */
  private static final String DRAFT_DEADLINES =
      "SELECT id, case_id, case_year, case_sequence, due, rule FROM ("
          + " SELECT a.id, c.id AS case_id, c.case_year, c.case_sequence,"
          + " CASE WHEN e.granted_deadline IS NOT NULL THEN e.granted_deadline"
          + " WHEN g.granted THEN (ref.day + make_interval(years => a.grant_year)"
          + " + CASE WHEN to_char(ref.day, 'MM-DD') = '02-29' AND extract(day FROM ref.day"
          + " + make_interval(years => a.grant_year)) = 28 THEN interval '1 day'"
          + " ELSE interval '0' END + interval '2 months')::date"
          + " WHEN a.grant_year <= 2 THEN (ref.day + interval '14 months')::date END AS due,"
          + " CASE WHEN e.granted_deadline IS NOT NULL THEN 'R-DL-5' WHEN g.granted THEN 'R-DL-2'"
          + " WHEN s.mother_id IS NOT NULL THEN 'R-DL-4' ELSE 'R-DL-1' END AS rule"
          + " FROM grant_application a JOIN case_file c ON c.id = a.case_id"
          + " JOIN settlement s ON s.person_id = c.person_id JOIN person p ON p.id = c.person_id"
          + " LEFT JOIN extension_request e ON e.case_id = a.case_id"
          + " AND e.grant_year = a.grant_year AND e.state = 'GRANTED'"
          + " CROSS JOIN LATERAL (SELECT CASE WHEN s.mother_id IS NOT NULL THEN p.birth_date"
          + " ELSE s.settlement_date END AS day) ref"
          + " CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM grant_application b"
          + " WHERE b.case_id = a.case_id AND b.grant_year < a.grant_year"
          + " AND b.outcome IN ('GRANTED', 'PARTLY_GRANTED')) AS granted) g"
          + " WHERE s.municipality = ?1 AND a.state = 'DRAFT' AND a.conversion_of IS NULL) d"
          + " WHERE due BETWEEN ?2 AND ?3 ORDER BY due, id";

  static final String OPEN_RUNS = "('STARTED', 'RUNNING', 'PROPOSED')";

  private MunicipalityFigures() {}

  /** The municipality's applications not decided or withdrawn, per state. */
  static List<Tally> openApplications(EntityManager em, String municipality) {
    return tallies(
        Rows.list(
            em,
            "SELECT a.state, count(*) FROM grant_application a JOIN case_file c ON c.id = a.case_id"
                + " JOIN settlement s ON s.person_id = c.person_id WHERE s.municipality = ?1"
                + " AND a.state NOT IN ('DECIDED', 'WITHDRAWN') GROUP BY a.state ORDER BY a.state",
            municipality));
  }

  /** The drafts whose deadline (R-DL-1..5) falls from {@code from} to {@code to}. */
  static List<DueItem> draftDeadlines(
      EntityManager em, String municipality, LocalDate from, LocalDate to) {
    List<DueItem> items = new ArrayList<>();
    for (Object[] r : Rows.list(em, DRAFT_DEADLINES, municipality, from, to)) {
      items.add(
          new DueItem(
              DueKind.APPLICATION,
              number(r[0]),
              number(r[1]),
              caseNumber(r[2], r[3]),
              date(r[4]),
              (String) r[5],
              "DRAFT"));
    }
    return items;
  }

  /** Open accounts reports (R-REP-1) due from {@code from} to {@code to}. */
  static List<DueItem> reportsDue(
      EntityManager em, String municipality, LocalDate from, LocalDate to) {
    return reports(
        em,
        " WHERE r.municipality = ?1 AND r.state IN ('DRAFT', 'SIGNED')"
            + " AND r.due_date BETWEEN ?2 AND ?3 ORDER BY r.due_date, r.id",
        municipality,
        from,
        to);
  }

  /** How many reports the caseworker signed wait for the finance officer (R-REP-1, R-DOC-4). */
  static long awaitingSignature(EntityManager em, String municipality) {
    return Rows.single(
        em,
        "SELECT count(*) FROM accounts_report WHERE municipality = ?1 AND state = 'SIGNED'",
        municipality);
  }

  /** The first of them by due date. */
  static List<DueItem> awaitingSignatureItems(EntityManager em, String municipality, int limit) {
    return reports(
        em,
        " WHERE r.municipality = ?1 AND r.state = 'SIGNED' ORDER BY r.due_date, r.id LIMIT "
            + limit,
        municipality);
  }

  private static List<DueItem> reports(EntityManager em, String where, Object... args) {
    List<DueItem> items = new ArrayList<>();
    for (Object[] r :
        Rows.list(
            em,
            "SELECT r.id, r.case_id, c.case_year, c.case_sequence, r.due_date, r.state"
                + " FROM accounts_report r JOIN case_file c ON c.id = r.case_id"
                + where,
            args)) {
      items.add(
          new DueItem(
              DueKind.ACCOUNTS_REPORT,
              number(r[0]),
              number(r[1]),
              caseNumber(r[2], r[3]),
              date(r[4]),
              DueKind.ACCOUNTS_REPORT.rule(),
              (String) r[5]));
    }
    return items;
  }

  /** Requests for documentation waiting for the municipality, their reply date in the window. */
  static List<DueItem> replyDates(
      EntityManager em, String municipality, LocalDate from, LocalDate to) {
    List<DueItem> items = new ArrayList<>();
    for (Object[] r :
        Rows.list(
            em,
            "SELECT q.id, q.case_id, c.case_year, c.case_sequence, q.reply_by FROM enquiry q"
                + " JOIN case_file c ON c.id = q.case_id"
                + " JOIN settlement s ON s.person_id = c.person_id WHERE s.municipality = ?1"
                + " AND q.state = 'WAITING_FOR_MUNICIPALITY' AND q.documentation_request"
                + " AND q.reply_by BETWEEN ?2 AND ?3 ORDER BY q.reply_by, q.id",
            municipality,
            from,
            to)) {
      items.add(
          new DueItem(
              DueKind.REPLY_DATE,
              number(r[0]),
              number(r[1]),
              caseNumber(r[2], r[3]),
              date(r[4]),
              null,
              "WAITING_FOR_MUNICIPALITY"));
    }
    return items;
  }

  /**
   * Dismissals (R-AP-2) delivered to the inbox since {@code since} and not complained about: the
   * inbox item's id, case, case number and delivery. Their deadlines are counted by the rule
   * (R-AP-3, with the holidays and the roll-forward setting) in Java: at most a month's letters.
   */
  static List<Object[]> dismissalsSince(EntityManager em, String municipality, Instant since) {
    return Rows.list(
        em,
        "SELECT i.id, i.case_id, c.case_year, c.case_sequence, i.delivered_at FROM inbox_item i"
            + " JOIN case_file c ON c.id = i.case_id WHERE i.municipality = ?1"
            + " AND i.source = 'DECISION' AND i.letter_kind = 'DISMISSAL' AND i.delivered_at >= ?2"
            + " AND NOT EXISTS (SELECT 1 FROM complaint k WHERE k.decision_id = i.source_id)"
            + " ORDER BY i.delivered_at, i.id",
        municipality,
        Timestamp.from(since));
  }

  /** Unread inbox items per kind (LETTER, REQUEST, REPLY). */
  static List<Tally> unread(EntityManager em, String municipality) {
    return tallies(
        Rows.list(
            em,
            "SELECT item_kind, count(*) FROM inbox_item WHERE municipality = ?1"
                + " AND first_opened_at IS NULL GROUP BY item_kind ORDER BY item_kind",
            municipality));
  }

  /**
   * The municipality's next (planned) and last (sent or paid) instalment, both in one statement
   * (R-PAY-3): {@code [next, last]}, each {@code null} when there is none. A finished run's sums
   * are read from its totals ({@code payment_run_total}, written when it became PROPOSED); only a
   * run still being computed (STARTED, RUNNING) has its lines summed.
   */
  static InstalmentFigure[] instalments(EntityManager em, String municipality) {
    List<Object[]> rows = Rows.list(em, INSTALMENTS, municipality);
    return new InstalmentFigure[] {instalment(rows, true), instalment(rows, false)};
  }

  /**
   * The lines of the latest instalment carried by runs in the open states (planned) or in the
   * approved and paid ones (sent, paid; the state shown is the least advanced of them), summed per
   * payment group: open flag, instalment, least state (as text), group, sum.
   */
  private static final String INSTALMENTS =
      "WITH s AS (SELECT r.state IN "
          + OPEN_RUNS
          + " AS open, t.instalment, r.state, t.payment_group, t.amount_ore"
          + " FROM payment_run_total t JOIN payment_run r ON r.id = t.run_id"
          + " WHERE t.municipality = ?1 AND r.state IN ('PROPOSED', 'APPROVED', 'PAID')"
          + " UNION ALL SELECT true, l.instalment, r.state, l.payment_group, l.amount_ore"
          + " FROM payment_line l JOIN payment_run r ON r.id = l.run_id"
          + " WHERE l.municipality = ?1 AND r.state IN ('STARTED', 'RUNNING')),"
          + " m AS (SELECT open, max(instalment) AS instalment FROM s GROUP BY open)"
          + " SELECT s.open, s.instalment, min(s.state), s.payment_group, sum(s.amount_ore)"
          + " FROM s JOIN m ON m.open = s.open AND m.instalment = s.instalment"
          + " GROUP BY s.open, s.instalment, s.payment_group";

  private static InstalmentFigure instalment(List<Object[]> rows, boolean open) {
    Map<PaymentGroup, Long> groups = new EnumMap<>(PaymentGroup.class);
    long net = 0;
    RunState state = null;
    LocalDate instalment = null;
    for (Object[] r : rows) {
      if (Boolean.TRUE.equals(r[0]) != open) {
        continue;
      }
      instalment = date(r[1]);
      RunState s = RunState.valueOf((String) r[2]);
      state = state == null || s.compareTo(state) < 0 ? s : state;
      long ore = number(r[4]);
      groups.merge(PaymentGroup.valueOf((String) r[3]), ore, Long::sum);
      net += ore;
    }
    return instalment == null ? null : new InstalmentFigure(instalment, state, net, groups);
  }

  static Instant deliveredAt(Object[] row) {
    return instant(row[4]);
  }

  static List<Tally> tallies(List<Object[]> rows) {
    return rows.stream().map(r -> new Tally((String) r[0], number(r[1]))).toList();
  }
}
