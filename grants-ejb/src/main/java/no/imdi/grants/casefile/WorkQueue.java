package no.imdi.grants.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * IMDi's work queue (the database view {@code work_queue}): submitted applications and conversions
 * still with IMDi, requests for a later deadline not yet decided, and enquiries waiting for IMDi's
 * answer. Filtered, sorted and paged in the database; the caller's scope applies as everywhere.
 */
@ApplicationScoped
public class WorkQueue {

  private static final String COLUMNS =
      "select item_type, matter_id, case_id, case_year, case_sequence, state, received_at,"
          + " due_date, grant_year, kind, flagged, municipality, county_number, assigned_to,"
          + " person_id, given_name, family_name from work_queue";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected WorkQueue() {}

  public WorkQueue(EntityManager em) {
    this.em = em;
  }

  public Page<QueueItem> list(
      MunicipalityScope scope, QueueFilter filter, PageRequest<QueueSort> page) {
    return new Page<>(rows(scope, filter, page), count(scope, filter));
  }

  public List<QueueItem> rows(
      MunicipalityScope scope, QueueFilter filter, PageRequest<QueueSort> page) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        COLUMNS + where(scope, filter, params) + orderBy(page) + " limit :size offset :first";
    Query query = em.createNativeQuery(sql);
    params.forEach(query::setParameter);
    query.setParameter("size", page.size());
    query.setParameter("first", page.first());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(WorkQueue::item).toList();
  }

  /**
   * The whole filtered queue in its order, read forward through a database cursor of {@code
   * fetchSize} rows (inside the caller's transaction), for an export: the same scoped query as the
   * queue's pages, without paging. Close the stream.
   */
  public Stream<QueueItem> stream(
      MunicipalityScope scope,
      QueueFilter filter,
      QueueSort sort,
      boolean ascending,
      int fetchSize) {
    Map<String, Object> params = new LinkedHashMap<>();
    Query query =
        em.createNativeQuery(
                COLUMNS
                    + where(scope, filter, params)
                    + orderBy(new PageRequest<>(0, 1, sort, ascending)))
            .setHint("org.hibernate.fetchSize", fetchSize)
            .setHint("org.hibernate.readOnly", true);
    params.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows = query.getResultStream();
    return rows.map(WorkQueue::item);
  }

  public long count(MunicipalityScope scope, QueueFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    Query query =
        em.createNativeQuery("select count(*) from work_queue" + where(scope, filter, params));
    params.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String where(
      MunicipalityScope scope, QueueFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    scope.restrictedTo().ifPresent(number -> add(where, params, "municipality", "scope", number));
    add(where, params, "municipality", "municipality", filter.municipality());
    add(where, params, "county_number", "county", filter.county());
    add(where, params, "item_type", "type", filter.type() == null ? null : filter.type().name());
    add(where, params, "state", "status", filter.status());
    add(where, params, "assigned_to", "assignedTo", filter.assignedTo());
    if (filter.unassigned()) {
      where.append(" and assigned_to is null");
    }
    return where.toString();
  }

  private static void add(
      StringBuilder where, Map<String, Object> params, String column, String name, Object value) {
    if (value != null) {
      where.append(" and ").append(column).append(" = :").append(name);
      params.put(name, value);
    }
  }

  private static String orderBy(PageRequest<QueueSort> page) {
    String dir = page.ascending() ? " asc" : " desc";
    QueueSort sort = page.sortField() == null ? QueueSort.DEADLINE : page.sortField();
    String nulls = page.ascending() ? " nulls last" : " nulls first";
    return switch (sort) {
      case DEADLINE ->
          " order by due_date" + dir + nulls + ", received_at" + dir + ", item_type, matter_id";
      case AGE -> " order by received_at" + dir + ", item_type, matter_id";
    };
  }

  private static QueueItem item(Object[] r) {
    return new QueueItem(
        QueueItemType.valueOf((String) r[0]),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        new CaseNumber(((Number) r[3]).intValue(), ((Number) r[4]).intValue()).toString(),
        (String) r[5],
        instant(r[6]),
        date(r[7]),
        r[8] == null ? null : ((Number) r[8]).intValue(),
        r[9] == null ? null : GrantKind.valueOf((String) r[9]),
        Boolean.TRUE.equals(r[10]),
        (String) r[11],
        (String) r[12],
        (String) r[13],
        ((Number) r[14]).longValue(),
        r[15] + " " + r[16]);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }

  private static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }
}
