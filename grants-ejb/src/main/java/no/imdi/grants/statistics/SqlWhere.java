package no.imdi.grants.statistics;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions of a statistics query, built from the filter: only the conditions of the values
 * given, each value a bound parameter (never text in the SQL).
 */
final class SqlWhere {

  private final StringBuilder sql = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  SqlWhere and(String condition, String parameter, Object value) {
    if (value != null) {
      sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  SqlWhere and(String condition) {
    sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
    return this;
  }

  /**
   * The period and place conditions every figure has: its date column and its municipality column
   * (the county as the set of its municipalities, so that no join is needed to filter).
   */
  static SqlWhere of(
      StatisticsFilter filter, String dateColumn, boolean timestamp, String municipalityColumn) {
    SqlWhere where = new SqlWhere();
    where.and(
        dateColumn + " >= :fromDate",
        "fromDate",
        timestamp ? filter.fromInstant() : filter.fromDate());
    where.and(
        dateColumn + " < :untilDate",
        "untilDate",
        timestamp ? filter.untilInstant() : filter.untilDate());
    where.and(
        municipalityColumn
            + " in (select c.number from municipality c where c.county_number = :county)",
        "county",
        filter.countyNumber());
    where.and(municipalityColumn + " = :municipality", "municipality", filter.municipalityNumber());
    return where;
  }

  String sql() {
    return sql.toString();
  }

  Query bind(Query query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
