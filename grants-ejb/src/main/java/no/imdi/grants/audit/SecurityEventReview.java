package no.imdi.grants.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * IMDi's review of the security log: refused attempts, lookups of national ids registered
 * elsewhere, failed and throttled logins; filtered, sorted and paged in the database, and streamed
 * in full for an export. Only IMDi's roles may read it.
 */
@Stateless
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class SecurityEventReview {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final int EXPORT_BATCH = 1000;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  public SecurityEventReview() {}

  public SecurityEventReview(EntityManager em) {
    this.em = em;
  }

  public Page<SecurityEvent> list(SecurityEventFilter filter, PageRequest<SecurityEventSort> page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    TypedQuery<SecurityEvent> rows =
        em.createQuery("select e from SecurityEvent e" + where + orderBy(page), SecurityEvent.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size());
    TypedQuery<Long> count =
        em.createQuery("select count(e) from SecurityEvent e" + where, Long.class);
    params.forEach(rows::setParameter);
    params.forEach(count::setParameter);
    return new Page<>(rows.getResultList(), count.getSingleResult());
  }

  /**
   * Every event of the filter in the review table's order, read forward through a database cursor
   * ({@code fetchSize} rows at a time) as rows that are not kept in the persistence context, for
   * the export ({@code SecurityEventExport}).
   */
  public Stream<SecurityEventRow> stream(
      SecurityEventFilter filter, SecurityEventSort sort, boolean ascending, int fetchSize) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<SecurityEventRow> rows =
        em.createQuery(
                "select new no.imdi.grants.audit.SecurityEventRow(e.occurredAt, e.kind,"
                    + " e.username, e.source, e.target, e.detail) from SecurityEvent e"
                    + where(filter, params)
                    + orderBy(new PageRequest<>(0, 1, sort, ascending)),
                SecurityEventRow.class)
            .setHint("org.hibernate.fetchSize", fetchSize)
            .setHint("org.hibernate.readOnly", true);
    params.forEach(rows::setParameter);
    return rows.getResultStream();
  }

  /** Every event of the filter, newest first, handed on in batches (for the CSV export). */
  public void export(SecurityEventFilter filter, Consumer<List<SecurityEvent>> batches) {
    Map<String, Object> params = new HashMap<>();
    String jpql =
        "select e from SecurityEvent e"
            + where(filter, params)
            + " order by e.occurredAt desc, e.id desc";
    for (int first = 0; ; first += EXPORT_BATCH) {
      TypedQuery<SecurityEvent> q =
          em.createQuery(jpql, SecurityEvent.class)
              .setFirstResult(first)
              .setMaxResults(EXPORT_BATCH);
      params.forEach(q::setParameter);
      List<SecurityEvent> batch = q.getResultList();
      if (batch.isEmpty()) {
        return;
      }
      batches.accept(batch);
      em.clear();
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
    }
  }

  private static String where(SecurityEventFilter f, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (f.kind() != null) {
      where.append(" and e.kind = :kind");
      params.put("kind", f.kind());
    }
    if (f.username() != null && !f.username().isBlank()) {
      where.append(" and lower(e.username) like :user escape '\\'");
      params.put(
          "user",
          f.username()
                  .strip()
                  .toLowerCase(java.util.Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    if (f.from() != null) {
      where.append(" and e.occurredAt >= :from");
      params.put("from", f.from().atStartOfDay(OSLO).toInstant());
    }
    if (f.to() != null) {
      where.append(" and e.occurredAt < :to");
      params.put("to", f.to().plusDays(1).atStartOfDay(OSLO).toInstant());
    }
    return where.toString();
  }

  private static String orderBy(PageRequest<SecurityEventSort> page) {
    String dir = page.ascending() ? " asc" : " desc";
    SecurityEventSort sort =
        page.sortField() == null ? SecurityEventSort.OCCURRED_AT : page.sortField();
    return switch (sort) {
      case OCCURRED_AT -> " order by e.occurredAt" + dir + ", e.id" + dir;
      case KIND -> " order by e.kind" + dir + ", e.occurredAt desc, e.id desc";
      case USERNAME -> " order by e.username" + dir + ", e.occurredAt desc, e.id desc";
    };
  }
}
