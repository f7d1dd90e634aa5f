package no.imdi.grants.payment.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.PaymentRun;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * A run's totals per municipality, county and payment group with the previous instalment's approved
 * or paid net (R-PAY-3), summed, sorted and paged in PostgreSQL: the review page reads one page of
 * each, never every row. Municipalities and counties are those the run pays; a payment group is
 * listed if the run or the previous instalment has it.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class RunAreaTotals {

  /** What a row is summed by. */
  public enum Area {
    MUNICIPALITY("m.number", "m.name", "m.county_name", "LEFT"),
    COUNTY("m.county_number", "m.county_name", "NULL::varchar", "LEFT"),
    GROUP("l.payment_group", "l.payment_group", "NULL::varchar", "FULL");

    private final String key;
    private final String name;
    private final String county;
    private final String join;

    Area(String key, String name, String county, String join) {
      this.key = key;
      this.name = name;
      this.county = county;
      this.join = join;
    }

    /** The sums by the area of {@code source}: the ledger's lines or the runs' stored totals. */
    String sum(String source, String where, String runJoin) {
      return "SELECT "
          + key
          + " AS k, min("
          + name
          + ") AS name, min("
          + county
          + ") AS county, sum(l.amount_ore) AS net FROM "
          + source
          + " l"
          + runJoin
          + " JOIN municipality m ON m.number = l.municipality WHERE "
          + where
          + " GROUP BY "
          + key;
    }

    /**
     * This run's sums and the previous instalment's paid ones. A finished run's sums are read from
     * its totals ({@code payment_run_total}, written when it became PROPOSED, equal to its lines);
     * a run still being computed is summed from its lines. The previous instalment's runs are
     * approved or paid, so always from their totals.
     */
    String rows(boolean finished) {
      return "SELECT coalesce(a.k, b.k) AS k, coalesce(a.name, b.name) AS name,"
          + " coalesce(a.county, b.county) AS county, coalesce(a.net, 0) AS net,"
          + " coalesce(b.net, 0) AS previous FROM ("
          + sum(source(finished), "l.run_id = ?1", "")
          + ") a "
          + join
          + " JOIN ("
          + sum(
              TOTALS,
              "l.instalment = ?2 AND pr.state IN ('APPROVED', 'PAID')",
              " JOIN payment_run pr ON pr.id = l.run_id")
          + ") b ON b.k = a.k";
    }
  }

  private static final String TOTALS = "payment_run_total";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;

  public RunAreaTotals() {}

  public RunAreaTotals(EntityManager em, CurrentUser currentUser) {
    this.em = em;
    this.currentUser = currentUser;
  }

  /** One page of the run's totals by the area, sorted as asked (ties by the key). */
  public Page<AreaRow> page(long runId, Area area, PageRequest<AreaSort> page) {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException("Payment runs are IMDi's");
    }
    PaymentRun run = em.find(PaymentRun.class, runId);
    if (run == null) {
      return new Page<>(List.of(), 0);
    }
    String rows = area.rows(run.getState().complete());
    Query count = em.createNativeQuery("SELECT count(*) FROM (" + rows + ") t");
    bind(count, run);
    long total = ((Number) count.getSingleResult()).longValue();
    AreaSort sort = page.sortField() == null ? AreaSort.KEY : page.sortField();
    String dir = page.ascending() ? " ASC" : " DESC";
    Query select =
        em.createNativeQuery(
            "SELECT k, name, county, net, previous FROM ("
                + rows
                + ") t ORDER BY "
                + sort.column()
                + dir
                + ", k"
                + dir);
    bind(select, run);
    select.setFirstResult(page.first()).setMaxResults(page.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = select.getResultList();
    List<AreaRow> out = new ArrayList<>(result.size());
    for (Object[] r : result) {
      String key = (String) r[0];
      String name = area == Area.GROUP ? PaymentGroup.valueOf(key).norwegian() : (String) r[1];
      out.add(
          new AreaRow(
              key, name, (String) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
    }
    return new Page<>(out, total);
  }

  /** The run's net in øre: the sum of its lines (of its stored totals once it is finished). */
  public long net(long runId) {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException("Payment runs are IMDi's");
    }
    PaymentRun run = em.find(PaymentRun.class, runId);
    if (run == null) {
      return 0;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT coalesce(sum(amount_ore), 0) FROM "
                        + source(run.getState().complete())
                        + " WHERE run_id = ?1")
                .setParameter(1, runId)
                .getSingleResult())
        .longValue();
  }

  private static String source(boolean finished) {
    return finished ? TOTALS : "payment_line";
  }

  /** A municipality's name by its number (the drill-down's heading), or the number. */
  public String municipalityName(String number) {
    @SuppressWarnings("unchecked")
    List<Object> names =
        em.createNativeQuery("SELECT name FROM municipality WHERE number = ?1")
            .setParameter(1, number)
            .getResultList();
    return names.isEmpty() ? number : (String) names.get(0);
  }

  private static void bind(Query q, PaymentRun run) {
    q.setParameter(1, run.getId()).setParameter(2, PaymentLedger.previous(run.getInstalment()));
  }
}
