package no.imdi.grants.web.settlement;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementRow;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The settlements list as PrimeFaces asks for it, page by page: the column filters and sort order
 * are handed to the service, which filters, sorts and pages in the database.
 */
public class SettlementLazyModel extends LazyDataModel<SettlementRow> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<SettlementService> service;
  private transient List<SettlementRow> lastRows;
  private transient SettlementFilter countedFilter;
  private transient long countedTotal;

  public SettlementLazyModel(Supplier<SettlementService> service) {
    this.service = service;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    SettlementFilter filter = filter(filterBy);
    if (!filter.equals(countedFilter)) {
      countedTotal = service.get().count(filter);
      countedFilter = filter;
    }
    return (int) countedTotal;
  }

  @Override
  public List<SettlementRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SettlementSort sort = SettlementSort.NAME;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      sort = SettlementSort.valueOf(meta.getField());
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    lastRows =
        service
            .get()
            .rows(
                filter(filterBy),
                new PageRequest<>(first, Math.min(pageSize, 200), sort, ascending));
    return lastRows;
  }

  @Override
  public String getRowKey(SettlementRow row) {
    return Long.toString(row.settlementId());
  }

  @Override
  public SettlementRow getRowData(String rowKey) {
    return lastRows == null
        ? null
        : lastRows.stream()
            .filter(r -> Long.toString(r.settlementId()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }

  static SettlementFilter filter(Map<String, FilterMeta> filterBy) {
    return new SettlementFilter(
        text(filterBy, "MUNICIPALITY"),
        text(filterBy, "NAME"),
        text(filterBy, "NATIONAL_ID"),
        year(text(filterBy, "SETTLEMENT_DATE")),
        targetGroup(text(filterBy, "TARGET_GROUP")));
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static Integer year(String value) {
    if (value == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(value);
      return year >= 1900 && year <= 2199 ? year : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static TargetGroup targetGroup(String value) {
    try {
      return value == null ? null : TargetGroup.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
