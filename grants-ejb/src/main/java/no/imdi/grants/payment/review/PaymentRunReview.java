package no.imdi.grants.payment.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * What IMDi's payment run pages read besides the run service: the list of runs with their totals
 * (paged and sorted in the database) and the instalment basis dates a run can be started for
 * (R-PAY-3, R-IG-5: 31.03, 30.06, 30.09, 31.12). A run's totals per municipality, county and
 * payment group are {@link RunAreaTotals}.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class PaymentRunReview {

  /** How many basis dates the start choice offers: this quarter's and the three before. */
  static final int CHOICES = 4;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  public PaymentRunReview() {}

  public PaymentRunReview(EntityManager em, CurrentUser currentUser, Clock clock) {
    this.em = em;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public Page<RunSummary> runs(PageRequest<RunSort> page) {
    imdi();
    long total =
        ((Number) em.createNativeQuery("SELECT count(*) FROM payment_run").getSingleResult())
            .longValue();
    RunSort sort = page.sortField() == null ? RunSort.INSTALMENT : page.sortField();
    String dir = page.ascending() ? " ASC" : " DESC";
    Query q =
        em.createNativeQuery(
            "SELECT r.id, r.instalment, r.state, r.prepared_by, r.prepared_at, r.reviewed_by,"
                + " r.reviewed_at, r.paid_at, coalesce(s.total, 0), coalesce(s.municipalities, 0),"
                + " coalesce(s.lines, 0),"
                + " EXISTS (SELECT 1 FROM payment_file f WHERE f.run_id = r.id)"
                + " FROM payment_run r"
                // a finished run's sums were stored when it became PROPOSED (payment_run_total,
                // R-PAY-3) and its lines no longer change; only a run still being computed has its
                // lines summed (a rejected run's lines have left the ledger: 0, as before)
                // (each branch grouped, so the one that does not apply gives no row)
                + " LEFT JOIN LATERAL (SELECT sum(amount_ore) AS total,"
                + " count(DISTINCT municipality) AS municipalities, sum(line_count) AS lines"
                + " FROM payment_run_total WHERE run_id = r.id"
                + " AND r.state IN ("
                + RunState.completeInSql()
                + ") GROUP BY run_id"
                + " UNION ALL SELECT sum(amount_ore), count(DISTINCT municipality), count(*)"
                + " FROM payment_line WHERE run_id = r.id"
                + " AND r.state NOT IN ("
                + RunState.completeInSql()
                + ") GROUP BY run_id) s ON true"
                + " ORDER BY "
                + sort.column()
                + dir
                + ", r.id"
                + dir);
    q.setFirstResult(page.first()).setMaxResults(page.size());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<RunSummary> runs = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      runs.add(
          new RunSummary(
              ((Number) r[0]).longValue(),
              r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1],
              RunState.valueOf((String) r[2]),
              (String) r[3],
              instant(r[4]),
              (String) r[5],
              instant(r[6]),
              instant(r[7]),
              ((Number) r[8]).longValue(),
              ((Number) r[9]).longValue(),
              ((Number) r[10]).longValue(),
              Boolean.TRUE.equals(r[11])));
    }
    return new Page<>(runs, total);
  }

  /**
   * The basis dates a run may be started for: this quarter's and the three before, newest first.
   */
  public List<LocalDate> basisDates() {
    imdi();
    LocalDate today = LocalDate.now(clock);
    LocalDate basis = InstalmentTerm.firstOnOrAfter(today).basisDate(today.getYear());
    List<LocalDate> dates = new ArrayList<>(CHOICES);
    for (int i = 0; i < CHOICES; i++) {
      dates.add(basis);
      basis = PaymentLedger.previous(basis);
    }
    return dates;
  }

  private void imdi() {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException("Payment runs are IMDi's");
    }
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
