package no.imdi.grants.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The payment runs and their lines in the database (R-PAY-3, R-PAY-4): the one open run of an
 * instalment, a new run inserted so that two officers starting at once get one, the audit of each
 * state change, a rejected run's lines moved out of the ledger, and the sums and pages the review
 * reads, each filtered, sorted and paged in PostgreSQL and through the caller's municipality scope.
 */
@ApplicationScoped
public class PaymentLedger {

  private static final String OPEN = "('STARTED', 'RUNNING', 'PROPOSED')";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected PaymentLedger() {}

  public PaymentLedger(EntityManager em) {
    this.em = em;
  }

  public Optional<PaymentRun> find(long runId) {
    return Optional.ofNullable(em.find(PaymentRun.class, runId));
  }

  public Optional<PaymentRun> openRun(LocalDate instalment) {
    return em.createQuery(
            "select r from PaymentRun r where r.instalment = :i and r.state in :open",
            PaymentRun.class)
        .setParameter("i", instalment)
        .setParameter("open", List.of(RunState.STARTED, RunState.RUNNING, RunState.PROPOSED))
        .getResultStream()
        .findFirst();
  }

  /** An open run of another instalment, if any. */
  public Optional<LocalDate> otherOpen(LocalDate instalment) {
    return first(
        "SELECT instalment FROM payment_run WHERE state IN " + OPEN + " AND instalment <> ?1",
        instalment);
  }

  /** The latest instalment with a run that is not rejected, after the given one, if any. */
  public Optional<LocalDate> laterInstalment(LocalDate instalment) {
    return first(
        "SELECT max(instalment) FROM payment_run WHERE state <> 'REJECTED' AND instalment > ?1",
        instalment);
  }

  /** Inserts the run unless the instalment has an open one; the new run's id, if inserted. */
  public Optional<Long> insert(LocalDate instalment, String preparedBy, Instant at) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "INSERT INTO payment_run (instalment, state, prepared_by, prepared_at,"
                    + " proposal_status) VALUES (?1, 'STARTED', ?2, ?3, 'PENDING')"
                    + " ON CONFLICT (instalment) WHERE state IN "
                    + OPEN
                    + " DO NOTHING RETURNING id")
            .setParameter(1, instalment)
            .setParameter(2, preparedBy)
            .setParameter(3, at)
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  public void audit(long runId, no.imdi.grants.casefile.StateChange<RunState> change) {
    em.createNativeQuery(
            "INSERT INTO payment_run_audit (run_id, username, at, action, from_state, to_state,"
                + " comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, runId)
        .setParameter(2, change.by())
        .setParameter(3, change.at())
        .setParameter(4, change.action())
        .setParameter(5, change.from() == null ? null : change.from().name())
        .setParameter(6, change.to().name())
        .setParameter(7, change.why())
        .executeUpdate();
  }

  /** Moves a rejected run's lines out of the ledger, kept as they were; how many. */
  public int moveOutRejected(long runId, Instant at) {
    em.flush();
    em.createNativeQuery(
            "INSERT INTO payment_line_rejected SELECT id, run_id, person_id, municipality, code,"
                + " payment_group, entitlement_key, instalment, due_basis, amount_ore, kind,"
                + " rule_ids, reason_key, reason_args, ?2 FROM payment_line WHERE run_id = ?1")
        .setParameter(1, runId)
        .setParameter(2, at)
        .executeUpdate();
    return em.createNativeQuery("DELETE FROM payment_line WHERE run_id = ?1")
        .setParameter(1, runId)
        .executeUpdate();
  }

  /** Net and group sums per municipality of a run, with the previous instalment's net. */
  public List<MunicipalityTotal> totals(PaymentRun run, LocalDate previousInstalment) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.number, m.name, m.county_number, m.county_name, l.payment_group,"
                    + " sum(l.amount_ore), (SELECT coalesce(sum(p.amount_ore), 0)"
                    + " FROM payment_line p JOIN payment_run pr ON pr.id = p.run_id"
                    + " WHERE p.municipality = m.number AND p.instalment = ?2"
                    + " AND pr.state IN ('APPROVED', 'PAID'))"
                    + " FROM payment_line l JOIN municipality m ON m.number = l.municipality"
                    + " WHERE l.run_id = ?1 GROUP BY m.number, m.name, m.county_number,"
                    + " m.county_name, l.payment_group ORDER BY m.number, l.payment_group")
            .setParameter(1, run.getId())
            .setParameter(2, previousInstalment)
            .getResultList();
    Map<String, MunicipalityTotal> totals = new LinkedHashMap<>();
    Map<String, Map<PaymentGroup, Long>> groups = new LinkedHashMap<>();
    for (Object[] row : rows) {
      String number = (String) row[0];
      long sum = ((Number) row[5]).longValue();
      groups
          .computeIfAbsent(number, n -> new EnumMap<>(PaymentGroup.class))
          .put(PaymentGroup.valueOf((String) row[4]), sum);
      MunicipalityTotal before = totals.get(number);
      long net = (before == null ? 0 : before.netOre()) + sum;
      totals.put(
          number,
          new MunicipalityTotal(
              number,
              (String) row[1],
              (String) row[2],
              (String) row[3],
              net,
              Map.of(),
              ((Number) row[6]).longValue()));
    }
    List<MunicipalityTotal> result = new ArrayList<>(totals.size());
    for (MunicipalityTotal t : totals.values()) {
      result.add(
          new MunicipalityTotal(
              t.number(),
              t.name(),
              t.countyNumber(),
              t.countyName(),
              t.netOre(),
              groups.get(t.number()),
              t.previousNetOre()));
    }
    return result;
  }

  /** One page of lines, filtered, sorted and paged in the database, through the scope. */
  public Page<LineView> lines(
      LineQuery query, MunicipalityScope scope, PageRequest<LineSort> page) {
    List<Object> args = new ArrayList<>();
    String where = lineWhere(query, scope, args);
    Query count = em.createNativeQuery("SELECT count(*)" + LINES_FROM + where);
    bind(count, args);
    long total = ((Number) count.getSingleResult()).longValue();
    Query select = lineSelect(where, args, page.sortField(), page.ascending());
    select.setFirstResult(page.first()).setMaxResults(page.size());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    List<LineView> views = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      views.add(lineView(r));
    }
    return new Page<>(views, total);
  }

  /**
   * Every line of the page's query in the page's order, read forward through a database cursor
   * ({@code fetchSize} rows at a time, read-only), for the export: the same filter, scope and order
   * as {@link #lines}, without the paging. The caller closes the stream.
   */
  @SuppressWarnings("unchecked")
  public java.util.stream.Stream<LineView> streamLines(
      LineQuery query, MunicipalityScope scope, LineSort sort, boolean ascending, int fetchSize) {
    List<Object> args = new ArrayList<>();
    Query select = lineSelect(lineWhere(query, scope, args), args, sort, ascending);
    select.setHint("org.hibernate.fetchSize", fetchSize).setHint("org.hibernate.readOnly", true);
    return ((java.util.stream.Stream<Object[]>) select.getResultStream())
        .map(PaymentLedger::lineView);
  }

  private static final String LINES_FROM =
      " FROM payment_line l JOIN payment_run r ON r.id = l.run_id";

  private static String lineWhere(LineQuery query, MunicipalityScope scope, List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE r.state <> 'REJECTED'");
    condition(where, args, "l.run_id", query.runId());
    condition(where, args, "l.instalment", query.instalment());
    condition(where, args, "l.municipality", query.municipality());
    condition(where, args, "l.person_id", query.personId());
    condition(where, args, "l.code", query.code());
    condition(where, args, "l.kind", query.kind() == null ? null : query.kind().name());
    condition(where, args, "l.municipality", scope.restrictedTo().orElse(null));
    return where.toString();
  }

  private Query lineSelect(String where, List<Object> args, LineSort sortField, boolean asc) {
    LineSort sort = sortField == null ? LineSort.KEY : sortField;
    String direction = asc ? " ASC" : " DESC";
    Query select =
        em.createNativeQuery(
            "SELECT l.id, l.run_id, l.instalment, l.person_id, l.municipality, l.code,"
                + " l.payment_group, l.kind, l.entitlement_key, l.due_basis, l.amount_ore,"
                + " r.state, l.rule_ids, l.reason_key, l.reason_args"
                + LINES_FROM
                + where
                + " ORDER BY "
                + sort.column()
                + direction
                + " NULLS LAST, l.id"
                + direction);
    bind(select, args);
    return select;
  }

  private static LineView lineView(Object[] r) {
    return new LineView(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        localDate(r[2]),
        r[3] == null ? null : ((Number) r[3]).longValue(),
        (String) r[4],
        (String) r[5],
        PaymentGroup.valueOf((String) r[6]),
        LineKind.valueOf((String) r[7]),
        (String) r[8],
        localDate(r[9]),
        ((Number) r[10]).longValue(),
        RunState.valueOf((String) r[11]).lineStatus(),
        new StoredReason((String) r[12], (String) r[13], (String) r[14]));
  }

  /** Per municipality of a run: name, net and group sums, for the bank file. */
  public List<MunicipalityPayment> payments(PaymentRun run) {
    List<MunicipalityPayment> payments = new ArrayList<>();
    for (MunicipalityTotal total : totals(run, previous(run.getInstalment()))) {
      if (total.netOre() != 0) {
        payments.add(
            new MunicipalityPayment(
                run.getId(),
                total.number(),
                total.name(),
                total.netOre(),
                total.groupOre(),
                MunicipalityPayment.endToEndId(run.getId(), total.number())));
      }
    }
    return payments;
  }

  /** The instalment basis date before the given one: 31.03 before 30.06, 31.12 before 31.03. */
  public static LocalDate previous(LocalDate instalment) {
    return instalment.minusMonths(3).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
  }

  private static void condition(StringBuilder where, List<Object> args, String column, Object v) {
    if (v != null) {
      args.add(v);
      where.append(" AND ").append(column).append(" = ?").append(args.size());
    }
  }

  private static void bind(Query query, List<Object> args) {
    for (int i = 0; i < args.size(); i++) {
      query.setParameter(i + 1, args.get(i));
    }
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }

  private Optional<LocalDate> first(String sql, Object arg) {
    @SuppressWarnings("unchecked")
    List<Object> rows = em.createNativeQuery(sql).setParameter(1, arg).getResultList();
    return rows.stream().filter(r -> r != null).findFirst().map(PaymentLedger::localDate);
  }
}
