package no.imdi.grants.web.settlement;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.settlement.TargetGroup;

/**
 * The settlements list as its address keeps it, so that a link to it can be shared and the
 * browser's Back, the menu and the forms' Save and Cancel return to the same list: the filters
 * ({@code name}, {@code municipality}, {@code idPrefix}, {@code year}, {@code targetGroup}), the
 * order ({@code sort}, {@code order}) and the page ({@code first}, {@code rows}). A value that
 * makes no sense is left out, as if it had not been given; the defaults are not written.
 */
public record ListQuery(
    String name,
    String municipality,
    String idPrefix,
    Integer year,
    TargetGroup targetGroup,
    SettlementSort sort,
    boolean descending,
    int first,
    int rows)
    implements Serializable {

  public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);
  public static final ListQuery DEFAULT =
      new ListQuery(null, null, null, null, null, null, false, 0, 25);

  private static final int MAX_NAME = 100;
  private static final int MAX_FIRST = 10_000_000;
  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
  private static final Pattern ID_PREFIX = Pattern.compile("\\d{1,11}");

  public ListQuery {
    name = name == null || name.isBlank() ? null : clip(name.strip());
    municipality = matches(MUNICIPALITY, municipality);
    idPrefix = matches(ID_PREFIX, idPrefix == null ? null : idPrefix.replaceAll("\\s", ""));
    year = year != null && year >= 1900 && year <= 2199 ? year : null;
    descending = sort != null && descending;
    rows = PAGE_SIZES.contains(rows) ? rows : DEFAULT.rows;
    first = first <= 0 || first > MAX_FIRST ? 0 : first - first % rows;
  }

  /** The filter this list is shown with (for the export of the whole list). */
  public SettlementFilter filter() {
    return new SettlementFilter(municipality, name, idPrefix, year, targetGroup);
  }

  /** The list as the query parameters of a request give it. */
  public static ListQuery parse(Map<String, String> params) {
    return new ListQuery(
        params.get("name"),
        params.get("municipality"),
        params.get("idPrefix"),
        number(params.get("year")),
        targetGroup(params.get("targetGroup")),
        sort(params.get("sort")),
        "desc".equals(params.get("order")),
        orZero(number(params.get("first"))),
        orZero(number(params.get("rows"))));
  }

  /** The list the table shows: its filter, its sort order if one was chosen, and its page. */
  public static ListQuery of(
      SettlementFilter filter, SettlementSort sort, boolean descending, int first, int rows) {
    return new ListQuery(
        filter.name(),
        filter.municipalityNumber(),
        filter.nationalId(),
        filter.settlementYear(),
        filter.targetGroup(),
        sort,
        descending,
        first,
        rows);
  }

  /** The query string of this list ({@code ?name=...&first=50}), empty for the default list. */
  public String queryString() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("name", name);
    params.put("municipality", municipality);
    params.put("idPrefix", idPrefix);
    params.put("year", year == null ? null : year.toString());
    params.put("targetGroup", targetGroup == null ? null : targetGroup.name());
    params.put("sort", sort == null ? null : parameter(sort));
    params.put("order", descending ? "desc" : null);
    params.put("first", first == 0 ? null : Integer.toString(first));
    params.put("rows", rows == DEFAULT.rows ? null : Integer.toString(rows));
    StringBuilder query = new StringBuilder();
    params.forEach(
        (key, value) -> {
          if (value != null) {
            query.append(query.length() == 0 ? '?' : '&').append(key).append('=');
            query.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  /** The name a sort order has in the address: {@code settlementDate} for SETTLEMENT_DATE. */
  static String parameter(SettlementSort sort) {
    StringBuilder camel = new StringBuilder();
    for (String part : sort.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      camel.append(
          camel.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return camel.toString();
  }

  private static SettlementSort sort(String value) {
    for (SettlementSort sort : SettlementSort.values()) {
      if (parameter(sort).equals(value)) {
        return sort;
      }
    }
    return null;
  }

  private static TargetGroup targetGroup(String value) {
    for (TargetGroup group : TargetGroup.values()) {
      if (group.name().equals(value)) {
        return group;
      }
    }
    return null;
  }

  private static Integer number(String value) {
    if (value == null || value.isEmpty() || value.length() > 9 || !value.matches("\\d+")) {
      return null;
    }
    return Integer.valueOf(value);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static String matches(Pattern pattern, String value) {
    return value != null && pattern.matcher(value).matches() ? value : null;
  }

  private static String clip(String value) {
    return value.length() > MAX_NAME ? value.substring(0, MAX_NAME) : value;
  }
}
