package no.imdi.grants.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.PageRequest;

/**
 * The access log's rows with their flags, computed in the database so that they can be filtered,
 * sorted and paged there. A reader's role and municipality at the time of a read are the old values
 * of the first change of the user after it ({@code user_audit}), else the current ones; the
 * person's municipality on the day of the read is the one the last move up to that day went to,
 * else where the person was settled, and on the day of a move the municipality moved from counts
 * too. Reads per day are counted within the reviewer's scope.
 */
final class AccessLogQuery {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private static final String FLAGGED =
      " (x.outside_municipality or x.outside_hours or x.reads_that_day > :threshold)";

  private final MunicipalityScope scope;
  private final AccessLogFilter filter;
  private final WorkingHours hours;
  private final int threshold;
  private final List<LocalDate> holidays;
  private final Map<String, Object> params = new HashMap<>();

  AccessLogQuery(
      MunicipalityScope scope,
      AccessLogFilter filter,
      WorkingHours hours,
      int threshold,
      List<LocalDate> holidays) {
    this.scope = scope;
    this.filter = filter;
    this.hours = hours;
    this.threshold = threshold;
    this.holidays = holidays;
  }

  List<AccessLogEntry> page(EntityManager em, PageRequest<AccessLogSort> page) {
    Query q =
        query(em, rows("") + orderBy(page)).setFirstResult(page.first()).setMaxResults(page.size());
    return entries(q);
  }

  /**
   * Every row of the filter in the table's order, read forward through a database cursor of {@code
   * fetchSize} rows (inside the caller's transaction), for an export. Close the stream.
   */
  Stream<AccessLogEntry> stream(EntityManager em, PageRequest<AccessLogSort> order, int fetchSize) {
    Query q =
        query(em, rows("") + orderBy(order))
            .setHint("org.hibernate.fetchSize", fetchSize)
            .setHint("org.hibernate.readOnly", true);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows = q.getResultStream();
    return rows.map(this::entry);
  }

  /** The next batch of the export, newest first, after the given row (or from the newest). */
  List<AccessLogEntry> batchAfter(EntityManager em, AccessLogEntry last, int size) {
    String after = "";
    if (last != null) {
      after = " and (a.accessed_at < :lastAt or (a.accessed_at = :lastAt and a.id < :lastId))";
      params.put("lastAt", OffsetDateTime.ofInstant(last.accessedAt(), ZoneOffset.UTC));
      params.put("lastId", last.id());
    }
    Query q =
        query(em, rows(after) + " order by x.accessed_at desc, x.id desc").setMaxResults(size);
    return entries(q);
  }

  long count(EntityManager em) {
    String sql =
        filter.flaggedOnly()
            ? "select count(*) from (" + inner("") + ") x where" + FLAGGED
            : "select count(*) from person_access_log a join person p on p.id = a.person_id"
                + " left join settlement s on s.person_id = a.person_id"
                + where("");
    return ((Number) query(em, sql).getSingleResult()).longValue();
  }

  private String rows(String after) {
    return "select x.* from ("
        + inner(after)
        + ") x"
        + (filter.flaggedOnly() ? " where" + FLAGGED : "");
  }

  private String inner(String after) {
    return "select a.id, a.accessed_at, a.username, u.display_name as reader_name,"
        + " r.role as reader_role, r.municipality as reader_municipality, a.person_id,"
        + " p.national_id, p.given_name || ' ' || p.family_name as person_name,"
        + " pm.municipality as person_municipality, a.purpose,"
        + " not coalesce(r.role in ('IMDI_CASEWORKER', 'IMDI_APPROVER')"
        + "   or (r.role = 'ADMIN' and a.purpose = :reviewPurpose)"
        + "   or r.municipality = pm.municipality"
        + "   or exists (select 1 from settlement_move m2 where m2.settlement_id = s.id"
        + "     and m2.move_date = t.day and m2.from_municipality = r.municipality), false)"
        + "   as outside_municipality,"
        + " (extract(isodow from t.local_at) >= 6 or extract(hour from t.local_at) < :startHour"
        + "   or extract(hour from t.local_at) >= :endHour or t.day in (:holidays)) as outside_hours,"
        + " d.reads as reads_that_day"
        + " from person_access_log a"
        + " join person p on p.id = a.person_id"
        + " left join settlement s on s.person_id = a.person_id"
        + " left join app_user u on u.username = a.username"
        + " cross join lateral (select a.accessed_at at time zone 'Europe/Oslo' as local_at,"
        + "   cast(a.accessed_at at time zone 'Europe/Oslo' as date) as day) t"
        + " left join lateral (select ua.old_role as role, ua.old_municipality as municipality"
        + "   from user_audit ua where ua.username = a.username and ua.action = 'ASSIGNED'"
        + "   and ua.at > a.accessed_at order by ua.at, ua.id limit 1) later on true"
        + " cross join lateral (select"
        + "   case when later.role is null then u.role else later.role end as role,"
        + "   case when later.role is null then u.municipality_number else later.municipality end"
        + "   as municipality) r"
        + " left join lateral (select m.to_municipality as municipality from settlement_move m"
        + "   where m.settlement_id = s.id and m.move_date <= t.day"
        + "   order by m.move_date desc, m.id desc limit 1) mv on true"
        + " cross join lateral (select coalesce(mv.municipality, s.settled_in) as municipality) pm"
        + " cross join lateral (select count(*) as reads from person_access_log b"
        + (scope.restrictedTo().isPresent()
            ? " join settlement sb on sb.person_id = b.person_id and sb.municipality = :scope"
            : "")
        + "   where b.username = a.username"
        + "   and b.accessed_at >= cast(t.day as timestamp) at time zone 'Europe/Oslo'"
        + "   and b.accessed_at < cast(t.day + 1 as timestamp) at time zone 'Europe/Oslo') d"
        + where(after);
  }

  private String where(String after) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    scope
        .restrictedTo()
        .ifPresent(
            number -> {
              where.append(" and s.municipality = :scope");
              params.put("scope", number);
            });
    if (filter.nationalId() != null && !filter.nationalId().isBlank()) {
      where.append(" and p.national_id = :nationalId");
      params.put("nationalId", filter.nationalId().strip());
    }
    if (filter.username() != null && !filter.username().isBlank()) {
      where.append(" and lower(a.username) like :user escape '\\'");
      params.put(
          "user",
          filter
                  .username()
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    if (filter.from() != null) {
      where.append(" and a.accessed_at >= :from");
      params.put("from", filter.from().atStartOfDay(OSLO).toOffsetDateTime());
    }
    if (filter.to() != null) {
      where.append(" and a.accessed_at < :to");
      params.put("to", filter.to().plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
    }
    return where.append(after).toString();
  }

  private static String orderBy(PageRequest<AccessLogSort> page) {
    String dir = page.ascending() ? " asc" : " desc";
    AccessLogSort sort = page.sortField() == null ? AccessLogSort.ACCESSED_AT : page.sortField();
    return switch (sort) {
      case ACCESSED_AT -> " order by x.accessed_at" + dir + ", x.id" + dir;
      case USERNAME -> " order by x.username" + dir + ", x.accessed_at desc, x.id desc";
      case PERSON -> " order by x.national_id" + dir + ", x.accessed_at desc, x.id desc";
    };
  }

  private Query query(EntityManager em, String sql) {
    Query q = em.createNativeQuery(sql);
    Map<String, Object> all = new HashMap<>(params);
    if (sql.contains(":reviewPurpose")) {
      all.put("reviewPurpose", AccessLogReview.REVIEW_PURPOSE);
      all.put("startHour", hours.startHour());
      all.put("endHour", hours.endHour());
      all.put("holidays", holidays);
    }
    if (sql.contains(":threshold")) {
      all.put("threshold", threshold);
    }
    all.forEach(
        (name, value) -> {
          if (sql.contains(":" + name)) {
            q.setParameter(name, value);
          }
        });
    return q;
  }

  private List<AccessLogEntry> entries(Query q) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(this::entry).toList();
  }

  private AccessLogEntry entry(Object[] r) {
    long reads = ((Number) r[13]).longValue();
    return new AccessLogEntry(
        ((Number) r[0]).longValue(),
        instant(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ((Number) r[6]).longValue(),
        (String) r[7],
        (String) r[8],
        (String) r[9],
        (String) r[10],
        (Boolean) r[11],
        (Boolean) r[12],
        reads,
        reads > threshold);
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("Not a point in time: " + value);
  }
}
