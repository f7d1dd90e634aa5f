package no.imdi.grants.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.casefile.CaseNumber;

/** Small helpers for the dashboards' native queries: binding, and reading columns back. */
final class Rows {

  private Rows() {}

  static Query bind(Query query, Object... args) {
    for (int i = 0; i < args.length; i++) {
      query.setParameter(i + 1, args[i]);
    }
    return query;
  }

  @SuppressWarnings("unchecked")
  static List<Object[]> list(EntityManager em, String sql, Object... args) {
    return bind(em.createNativeQuery(sql), args).getResultList();
  }

  static long single(EntityManager em, String sql, Object... args) {
    return number(bind(em.createNativeQuery(sql), args).getSingleResult());
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static Long id(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  static String caseNumber(Object year, Object sequence) {
    return year == null
        ? null
        : new CaseNumber(((Number) year).intValue(), ((Number) sequence).intValue()).toString();
  }

  static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    return (LocalDate) value;
  }

  /**
   * The dated items of rows whose first six columns are the item's id, its case id, case year and
   * case sequence, its due date and its state; the rule is the kind's.
   */
  static List<DueItem> dueItems(DueKind kind, List<Object[]> rows) {
    List<DueItem> items = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      items.add(
          new DueItem(
              kind,
              number(r[0]),
              id(r[1]),
              caseNumber(r[2], r[3]),
              date(r[4]),
              kind.rule(),
              (String) r[5]));
    }
    return items;
  }

  /** A window count ({@code count(*) OVER ()}) read from the first row, 0 when there is none. */
  static long total(List<Object[]> rows, int column) {
    return rows.isEmpty() ? 0 : number(rows.get(0)[column]);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
