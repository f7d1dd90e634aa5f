package no.imdi.grants.web.rate;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.imdi.grants.rate.RateAdministration;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateEntry;
import no.imdi.grants.rate.RateFilter;
import no.imdi.grants.rate.RateSort;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The current rates as PrimeFaces asks for them, page by page: the column filters (code, year,
 * verified) and the sort order are handed to the service, which applies them in the database.
 */
public class RateLazyModel extends LazyDataModel<RateEntry> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<RateAdministration> service;
  private transient Page<RateEntry> lastPage;
  private transient RateFilter lastFilter;
  private RateSort lastSort = RateSort.CODE;
  private boolean lastAscending = true;

  public RateLazyModel(Supplier<RateAdministration> service) {
    this.service = service;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    RateFilter filter = filter(filterBy);
    if (lastPage != null && filter.equals(lastFilter)) {
      return (int) lastPage.total();
    }
    return (int) service.get().current(filter, new PageRequest<>(0, 1, null, true)).total();
  }

  @Override
  public List<RateEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    RateSort sort = RateSort.CODE;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      sort = RateSort.valueOf(meta.getField());
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    lastFilter = filter(filterBy);
    lastSort = sort;
    lastAscending = ascending;
    lastPage =
        service
            .get()
            .current(
                lastFilter,
                new PageRequest<>(
                    first, Math.min(pageSize, PageRequest.MAX_SIZE), sort, ascending));
    setRowCount((int) lastPage.total());
    return lastPage.rows();
  }

  /** The filter the table shows now (none before its first page), e.g. for an export. */
  public RateFilter currentFilter() {
    return lastFilter == null ? new RateFilter(null, null, null) : lastFilter;
  }

  public RateSort currentSort() {
    return lastSort;
  }

  public boolean currentAscending() {
    return lastAscending;
  }

  @Override
  public String getRowKey(RateEntry row) {
    return Long.toString(row.getId());
  }

  @Override
  public RateEntry getRowData(String rowKey) {
    return lastPage == null
        ? null
        : lastPage.rows().stream()
            .filter(r -> Long.toString(r.getId()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }

  static RateFilter filter(Map<String, FilterMeta> filterBy) {
    String code = text(filterBy, "CODE");
    String verified = text(filterBy, "VERIFIED");
    return new RateFilter(
        code == null ? null : RateCode.fromCode(code).orElse(null),
        year(text(filterBy, "YEAR")),
        verified == null ? null : Boolean.valueOf(verified));
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static Integer year(String value) {
    if (value == null || !value.matches("\\d{4}")) {
      return null;
    }
    return Integer.valueOf(value);
  }
}
