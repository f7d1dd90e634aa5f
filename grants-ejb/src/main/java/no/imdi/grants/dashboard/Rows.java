package no.imdi.grants.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
