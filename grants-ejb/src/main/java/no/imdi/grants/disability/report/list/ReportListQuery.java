package no.imdi.grants.disability.report.list;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The list of T2 accounts reports in the caller's municipality scope (R-REP-1), counted, sorted and
 * paged in the database, and the same query without paging read through a cursor for the export.
 * Only the list's columns are read (no report entity, no measures).
 */
final class ReportListQuery {

  private static final String FROM =
      " from AccountsReport r join r.caseFile c join c.person p where 1 = 1";

  private ReportListQuery() {}

  static Page<ReportListRow> page(
      EntityManager em, MunicipalityScope scope, PageRequest<ReportListSort> page) {
    long total =
        bind(em.createQuery("select count(r)" + FROM + clause(scope), Long.class), scope, null)
            .getSingleResult();
    List<ReportListRow> rows =
        select(em, scope, page.sortField(), page.ascending())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultStream()
            .map(ReportListQuery::row)
            .toList();
    return new Page<>(rows, total);
  }

  static Stream<ReportListRow> stream(
      EntityManager em,
      MunicipalityScope scope,
      ReportListSort sort,
      boolean ascending,
      int fetchSize) {
    return select(em, scope, sort, ascending)
        .setHint("org.hibernate.fetchSize", fetchSize)
        .setHint("org.hibernate.readOnly", true)
        .getResultStream()
        .map(ReportListQuery::row);
  }

  private static TypedQuery<Object[]> select(
      EntityManager em, MunicipalityScope scope, ReportListSort sort, boolean ascending) {
    ReportListSort order = sort == null ? ReportListSort.ATTENTION : sort;
    String d = ascending ? " asc" : " desc";
    String by =
        switch (order) {
          case ATTENTION ->
              "case r.state when :signed then 0 when :draft then 1 else 2 end"
                  + d
                  + ", r.dueDate"
                  + d;
          case DUE -> "r.dueDate" + d;
          case CASE -> "c.number.year" + d + ", c.number.sequence" + d;
          case YEAR -> "r.grantYear" + d + ", r.dueDate" + d;
          case STATE -> "r.state" + d + ", r.dueDate" + d;
          case GRANTED -> "r.granted" + d;
        };
    return bind(
        em.createQuery(
            "select r.id, c.number, p.givenName, p.familyName, r.state, r.grantYear,"
                + " r.dueDate, r.granted"
                + FROM
                + clause(scope)
                + " order by "
                + by
                + ", r.id"
                + d,
            Object[].class),
        scope,
        order);
  }

  private static ReportListRow row(Object[] r) {
    return new ReportListRow(
        ((Number) r[0]).longValue(),
        r[1].toString(),
        r[2] + " " + r[3],
        (AccountsReportState) r[4],
        ((Number) r[5]).intValue(),
        (LocalDate) r[6],
        Nok.of((BigDecimal) r[7]));
  }

  private static String clause(MunicipalityScope scope) {
    return scope.restrictedTo().isPresent()
        ? " and r.municipality.number = :scope"
        : " and :scope = ''";
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, MunicipalityScope scope, ReportListSort order) {
    query.setParameter("scope", scope.restrictedTo().orElse(""));
    if (order == ReportListSort.ATTENTION) {
      query
          .setParameter("signed", AccountsReportState.SIGNED)
          .setParameter("draft", AccountsReportState.DRAFT);
    }
    return query;
  }
}
