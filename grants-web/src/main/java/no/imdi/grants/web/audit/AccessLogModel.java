package no.imdi.grants.web.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.imdi.grants.audit.AccessLogEntry;
import no.imdi.grants.audit.AccessLogFilter;
import no.imdi.grants.audit.AccessLogReview;
import no.imdi.grants.audit.AccessLogSort;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The access log as the review table asks for it, page by page; the filter comes from the form
 * above the table, the order from the table's headers, and both, with the flags, are applied in the
 * database.
 */
public class AccessLogModel extends LazyDataModel<AccessLogEntry> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<AccessLogReview> review;
  private final transient Supplier<AccessLogFilter> filter;
  private transient Page<AccessLogEntry> last;

  public AccessLogModel(Supplier<AccessLogReview> review, Supplier<AccessLogFilter> filter) {
    this.review = review;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return last == null ? 0 : (int) last.total();
  }

  @Override
  public List<AccessLogEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    AccessLogSort sort = AccessLogSort.ACCESSED_AT;
    boolean ascending = false;
    for (SortMeta meta : sortBy.values()) {
      try {
        sort = AccessLogSort.valueOf(meta.getField());
      } catch (IllegalArgumentException e) {
        sort = AccessLogSort.ACCESSED_AT;
      }
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    try {
      last =
          review
              .get()
              .list(
                  filter.get(),
                  new PageRequest<>(
                      Math.max(0, first),
                      Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                      sort,
                      ascending));
    } catch (InvalidInputException e) {
      last = new Page<>(List.of(), 0);
    }
    setRowCount((int) last.total());
    return last.rows();
  }

  @Override
  public String getRowKey(AccessLogEntry entry) {
    return String.valueOf(entry.id());
  }

  @Override
  public AccessLogEntry getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream()
            .filter(e -> String.valueOf(e.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
