package no.imdi.grants.approval.list;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import no.imdi.grants.shared.Page;

/**
 * One list's query of projected columns: its FROM and WHERE (with the caller's scope and the
 * filter), its select list and its ORDER BY, counted and paged in the database for a page, and read
 * forward through a database cursor (read-only, {@code fetchSize} rows at a time) for an export.
 * The parameters are bound to both the count and the rows.
 */
final class ListQuery<R> {

  private final EntityManager em;
  private final String select;
  private final StringBuilder where;
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final Function<Object[], R> row;
  private String orderBy = "";

  ListQuery(EntityManager em, String select, String fromWhere, Function<Object[], R> row) {
    this.em = em;
    this.select = select;
    this.where = new StringBuilder(fromWhere);
    this.row = row;
  }

  ListQuery<R> and(String clause) {
    where.append(clause);
    return this;
  }

  ListQuery<R> bind(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  ListQuery<R> orderBy(String order) {
    this.orderBy = " order by " + order;
    return this;
  }

  Page<R> page(int first, int size) {
    long total = bound(em.createQuery("select count(*) " + where, Long.class)).getSingleResult();
    List<R> rows =
        rows().setFirstResult(first).setMaxResults(size).getResultStream().map(row).toList();
    return new Page<>(rows, total);
  }

  Stream<R> stream(int fetchSize) {
    return rows()
        .setHint("org.hibernate.fetchSize", fetchSize)
        .setHint("org.hibernate.readOnly", true)
        .getResultStream()
        .map(row);
  }

  private TypedQuery<Object[]> rows() {
    return bound(em.createQuery("select " + select + " " + where + orderBy, Object[].class));
  }

  private <T> TypedQuery<T> bound(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
