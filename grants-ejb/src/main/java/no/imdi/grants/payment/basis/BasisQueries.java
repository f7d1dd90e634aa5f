package no.imdi.grants.payment.basis;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.imdi.grants.payment.LineKind;
import no.imdi.grants.payment.LineStatus;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.StoredReason;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The instalment basis in PostgreSQL: one municipality's payment lines of runs not rejected, with
 * the person's name, filtered, sorted and paged in the database.
 */
final class BasisQueries {

  private static final String FROM =
      " FROM payment_line l JOIN payment_run r ON r.id = l.run_id"
          + " LEFT JOIN person p ON p.id = l.person_id";
  private static final String SELECT =
      "SELECT l.id, l.run_id, l.instalment, l.person_id, p.given_name, p.family_name,"
          + " l.municipality, l.code, l.payment_group, l.kind, l.due_basis, l.amount_ore, r.state,"
          + " l.rule_ids, l.reason_key, l.reason_args";

  private BasisQueries() {}

  static Page<BasisLine> page(
      EntityManager em, String municipality, BasisFilter f, PageRequest<BasisSort> page) {
    List<Object> args = new ArrayList<>();
    String where = where(municipality, f, args);
    Query count = em.createNativeQuery("SELECT count(*)" + FROM + where);
    bind(count, args);
    long total = ((Number) count.getSingleResult()).longValue();
    String order = order(page.sortField(), page.ascending());
    Query select = em.createNativeQuery(SELECT + FROM + where + order);
    bind(select, args);
    select.setFirstResult(page.first()).setMaxResults(page.size());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    return new Page<>(rows.stream().map(BasisQueries::line).toList(), total);
  }

  /**
   * The same lines as {@link #page} in the same order, unpaged, read forward through a database
   * cursor ({@code fetchSize} rows at a time), for the export.
   */
  static Stream<BasisLine> stream(
      EntityManager em,
      String municipality,
      BasisFilter f,
      BasisSort sort,
      boolean ascending,
      int fetchSize) {
    List<Object> args = new ArrayList<>();
    String where = where(municipality, f, args);
    Query select =
        em.createNativeQuery(SELECT + FROM + where + order(sort, ascending))
            .setHint("org.hibernate.fetchSize", fetchSize)
            .setHint("org.hibernate.readOnly", true);
    bind(select, args);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows = select.getResultStream();
    return rows.map(BasisQueries::line);
  }

  private static String order(BasisSort sortField, boolean ascending) {
    BasisSort sort = sortField == null ? BasisSort.INSTALMENT : sortField;
    String dir = ascending ? " ASC" : " DESC";
    return " ORDER BY "
        + sort.column()
        + dir
        + " NULLS LAST"
        + (sort == BasisSort.PERSON ? ", p.given_name" + dir + " NULLS LAST" : "")
        + ", l.id"
        + dir;
  }

  static Optional<BasisLine> line(EntityManager em, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + FROM + " WHERE l.id = ?1 AND r.state <> 'REJECTED'")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(BasisQueries::line);
  }

  /** Whether the person has a line in the municipality. */
  static boolean hasLines(EntityManager em, long personId, String municipality) {
    return !em.createNativeQuery(
            "SELECT 1 FROM payment_line WHERE person_id = ?1 AND municipality = ?2 LIMIT 1")
        .setParameter(1, personId)
        .setParameter(2, municipality)
        .getResultList()
        .isEmpty();
  }

  /** The instalments the municipality has lines in, newest first. */
  static List<LocalDate> instalments(EntityManager em, String municipality) {
    Query query =
        em.createNativeQuery(
            "SELECT DISTINCT l.instalment FROM payment_line l JOIN payment_run r"
                + " ON r.id = l.run_id WHERE r.state <> 'REJECTED'"
                + (municipality == null ? "" : " AND l.municipality = ?1")
                + " ORDER BY l.instalment DESC");
    if (municipality != null) {
      query.setParameter(1, municipality);
    }
    @SuppressWarnings("unchecked")
    List<Object> rows = query.getResultList();
    return rows.stream().map(BasisQueries::localDate).toList();
  }

  private static String where(String municipality, BasisFilter f, List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE r.state <> 'REJECTED'");
    condition(where, args, "l.municipality", municipality);
    condition(where, args, "l.instalment", f.instalment());
    condition(where, args, "l.person_id", f.personId());
    condition(where, args, "l.code", f.code());
    if (f.status() != null) {
      where.append(" AND r.state IN ").append(states(f.status()));
    }
    return where.toString();
  }

  private static String states(LineStatus status) {
    return switch (status) {
      case PLANNED -> "('STARTED', 'RUNNING', 'PROPOSED')";
      case SENT -> "('APPROVED')";
      case PAID -> "('PAID')";
    };
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

  private static BasisLine line(Object[] r) {
    String name = r[4] == null ? null : r[5] + ", " + r[4];
    return new BasisLine(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        localDate(r[2]),
        r[3] == null ? null : ((Number) r[3]).longValue(),
        name,
        (String) r[6],
        (String) r[7],
        PaymentGroup.valueOf((String) r[8]),
        LineKind.valueOf((String) r[9]),
        localDate(r[10]),
        ((Number) r[11]).longValue(),
        RunState.valueOf((String) r[12]).lineStatus(),
        new StoredReason((String) r[13], (String) r[14], (String) r[15]));
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
