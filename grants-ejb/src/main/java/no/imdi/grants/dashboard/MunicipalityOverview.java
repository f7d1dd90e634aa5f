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
import java.util.List;

/**
 * The municipality caseworker's counts and dated items in one statement (one round trip instead of
 * six): the open applications per state, the unread inbox items per kind, the drafts' deadlines
 * (R-DL-1..5), the open accounts reports due (R-REP-1), the reply dates of requests for
 * documentation and the dismissals (R-AP-2) not complained about, whose complaint deadlines
 * (R-AP-3) are counted in Java. The scope join of the open applications (the case's person's
 * current settlement, as {@code CaseScope}) is made once and read by both the counts and the
 * drafts.
 */
final class MunicipalityOverview {

  /** Rows: kind, id, case id, case year, case sequence, due, delivered, rule, state, count. */
  private static final String SQL =
      "WITH o AS MATERIALIZED (SELECT a.id, a.state, a.grant_year, a.conversion_of, a.case_id,"
          + " c.case_year, c.case_sequence, c.person_id, s.mother_id, s.settlement_date"
          + " FROM grant_application a JOIN case_file c ON c.id = a.case_id"
          + " JOIN settlement s ON s.person_id = c.person_id WHERE s.municipality = ?1"
          + " AND a.state NOT IN ('DECIDED', 'WITHDRAWN')),"
          // R-DL-1..4 and R-DL-5 for a draft, as ApplicationDeadlines computes them
          + " d AS (SELECT o.id, o.case_id, o.case_year, o.case_sequence,"
          + " CASE WHEN e.granted_deadline IS NOT NULL THEN e.granted_deadline"
          + " WHEN g.granted THEN (ref.day + make_interval(years => o.grant_year)"
          + " + CASE WHEN to_char(ref.day, 'MM-DD') = '02-29' AND extract(day FROM ref.day"
          + " + make_interval(years => o.grant_year)) = 28 THEN interval '1 day'"
          + " ELSE interval '0' END + interval '2 months')::date"
          + " WHEN o.grant_year <= 2 THEN (ref.day + interval '14 months')::date END AS due,"
          + " CASE WHEN e.granted_deadline IS NOT NULL THEN 'R-DL-5' WHEN g.granted THEN 'R-DL-2'"
          + " WHEN o.mother_id IS NOT NULL THEN 'R-DL-4' ELSE 'R-DL-1' END AS rule"
          + " FROM o JOIN person p ON p.id = o.person_id"
          + " LEFT JOIN extension_request e ON e.case_id = o.case_id"
          + " AND e.grant_year = o.grant_year AND e.state = 'GRANTED'"
          + " CROSS JOIN LATERAL (SELECT CASE WHEN o.mother_id IS NOT NULL THEN p.birth_date"
          + " ELSE o.settlement_date END AS day) ref"
          + " CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM grant_application b"
          + " WHERE b.case_id = o.case_id AND b.grant_year < o.grant_year"
          + " AND b.outcome IN ('GRANTED', 'PARTLY_GRANTED')) AS granted) g"
          + " WHERE o.state = 'DRAFT' AND o.conversion_of IS NULL)"
          + " SELECT 'OPEN' AS kind, NULL::bigint AS id, NULL::bigint AS case_id,"
          + " NULL::integer AS case_year, NULL::integer AS case_sequence, NULL::date AS due,"
          + " NULL::timestamptz AS delivered, NULL::text AS rule, o.state::text AS state,"
          + " count(*) AS n FROM o GROUP BY o.state"
          + " UNION ALL SELECT 'UNREAD', NULL, NULL, NULL, NULL, NULL, NULL, NULL, item_kind,"
          + " count(*) FROM inbox_item WHERE municipality = ?1 AND first_opened_at IS NULL"
          + " GROUP BY item_kind"
          + " UNION ALL SELECT 'APPLICATION', d.id, d.case_id, d.case_year, d.case_sequence, d.due,"
          + " NULL, d.rule, 'DRAFT', NULL FROM d WHERE d.due BETWEEN ?2 AND ?3"
          + " UNION ALL SELECT 'ACCOUNTS_REPORT', r.id, r.case_id, c.case_year, c.case_sequence,"
          + " r.due_date, NULL, NULL, r.state, NULL FROM accounts_report r"
          + " JOIN case_file c ON c.id = r.case_id WHERE r.municipality = ?1"
          + " AND r.state IN ('DRAFT', 'SIGNED') AND r.due_date BETWEEN ?2 AND ?3"
          + " UNION ALL SELECT 'REPLY_DATE', q.id, q.case_id, c.case_year, c.case_sequence,"
          + " q.reply_by, NULL, NULL, 'WAITING_FOR_MUNICIPALITY', NULL FROM enquiry q"
          + " JOIN case_file c ON c.id = q.case_id"
          + " JOIN settlement s ON s.person_id = c.person_id WHERE s.municipality = ?1"
          + " AND q.state = 'WAITING_FOR_MUNICIPALITY' AND q.documentation_request"
          + " AND q.reply_by BETWEEN ?2 AND ?3"
          + " UNION ALL SELECT 'DISMISSAL', i.id, i.case_id, c.case_year, c.case_sequence, NULL,"
          + " i.delivered_at, NULL, 'DISMISSED', NULL FROM inbox_item i"
          + " JOIN case_file c ON c.id = i.case_id WHERE i.municipality = ?1"
          + " AND i.source = 'DECISION' AND i.letter_kind = 'DISMISSAL' AND i.delivered_at >= ?4"
          + " AND NOT EXISTS (SELECT 1 FROM complaint k WHERE k.decision_id = i.source_id)"
          + " ORDER BY 1, 6, 7, 2, 9";

  final List<Tally> openApplications = new ArrayList<>();
  long unreadLetters;
  long unreadRequests;

  /** The dated items of each kind, each kind in its order (due date or delivery, then id). */
  final List<DueItem> drafts = new ArrayList<>();

  final List<DueItem> reports = new ArrayList<>();
  final List<DueItem> replies = new ArrayList<>();

  /** Dismissals delivered since the given instant: id, case, case year and sequence, delivery. */
  final List<Object[]> dismissals = new ArrayList<>();

  private MunicipalityOverview() {}

  /**
   * The municipality's figures, dated items from {@code from} to {@code to}; dismissals delivered
   * since {@code since}.
   */
  static MunicipalityOverview of(
      EntityManager em, String municipality, LocalDate from, LocalDate to, Instant since) {
    MunicipalityOverview o = new MunicipalityOverview();
    for (Object[] r : Rows.list(em, SQL, municipality, from, to, Timestamp.from(since))) {
      String state = (String) r[8];
      switch ((String) r[0]) {
        case "OPEN" -> o.openApplications.add(new Tally(state, number(r[9])));
        case "UNREAD" -> {
          if (state.equals("LETTER")) {
            o.unreadLetters += number(r[9]);
          } else {
            o.unreadRequests += number(r[9]);
          }
        }
        case "APPLICATION" -> o.drafts.add(item(DueKind.APPLICATION, r, (String) r[7]));
        case "ACCOUNTS_REPORT" ->
            o.reports.add(item(DueKind.ACCOUNTS_REPORT, r, DueKind.ACCOUNTS_REPORT.rule()));
        case "REPLY_DATE" -> o.replies.add(item(DueKind.REPLY_DATE, r, null));
        case "DISMISSAL" -> o.dismissals.add(new Object[] {r[1], r[2], r[3], r[4], r[6]});
        default -> throw new IllegalStateException("Unknown row " + r[0]);
      }
    }
    return o;
  }

  static Instant deliveredAt(Object[] dismissal) {
    return instant(dismissal[4]);
  }

  private static DueItem item(DueKind kind, Object[] r, String rule) {
    return new DueItem(
        kind, number(r[1]), number(r[2]), caseNumber(r[3], r[4]), date(r[5]), rule, (String) r[8]);
  }
}
