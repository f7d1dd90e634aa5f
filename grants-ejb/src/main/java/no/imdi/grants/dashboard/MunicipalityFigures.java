package no.imdi.grants.dashboard;

import static no.imdi.grants.dashboard.Rows.date;
import static no.imdi.grants.dashboard.Rows.number;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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

  static final String OPEN_RUNS = "('STARTED', 'RUNNING', 'PROPOSED')";

  private MunicipalityFigures() {}

  /**
   * The reports the caseworker signed that wait for the finance officer (R-REP-1, R-DOC-4): how
   * many, and the first {@code limit} by due date, in one statement.
   */
  static Counted<DueItem> awaitingSignature(EntityManager em, String municipality, int limit) {
    List<Object[]> rows =
        Rows.list(
            em,
            "SELECT r.id, r.case_id, c.case_year, c.case_sequence, r.due_date, r.state,"
                + " count(*) OVER () FROM accounts_report r JOIN case_file c ON c.id = r.case_id"
                + " WHERE r.municipality = ?1 AND r.state = 'SIGNED' ORDER BY r.due_date, r.id"
                + " LIMIT "
                + limit,
            municipality);
    return new Counted<>(Rows.total(rows, 6), 0, Rows.dueItems(DueKind.ACCOUNTS_REPORT, rows));
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
          + " WHERE t.municipality = ?1 AND r.state IN ("
          + RunState.completeInSql()
          + ")"
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

  static List<Tally> tallies(List<Object[]> rows) {
    return rows.stream().map(r -> new Tally((String) r[0], number(r[1]))).toList();
  }
}
