package no.imdi.grants.web.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.imdi.grants.audit.SecurityEvent;
import no.imdi.grants.audit.SecurityEventFilter;
import no.imdi.grants.audit.SecurityEventReview;
import no.imdi.grants.audit.SecurityEventSort;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The security log as the review table asks for it, page by page; the filter comes from the form
 * above the table, the order from the table's headers, and both are applied in the database.
 */
public class SecurityEventModel extends LazyDataModel<SecurityEvent> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<SecurityEventReview> review;
  private final transient Supplier<SecurityEventFilter> filter;
  private transient Page<SecurityEvent> last;

  public SecurityEventModel(
      Supplier<SecurityEventReview> review, Supplier<SecurityEventFilter> filter) {
    this.review = review;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (last == null) {
      return (int)
          review
              .get()
              .list(filter.get(), new PageRequest<>(0, 1, SecurityEventSort.OCCURRED_AT, false))
              .total();
    }
    return (int) last.total();
  }

  @Override
  public List<SecurityEvent> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SecurityEventSort sort = SecurityEventSort.OCCURRED_AT;
    boolean ascending = false;
    for (SortMeta meta : sortBy.values()) {
      try {
        sort = SecurityEventSort.valueOf(meta.getField());
      } catch (IllegalArgumentException e) {
        sort = SecurityEventSort.OCCURRED_AT;
      }
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
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
    setRowCount((int) last.total());
    return last.rows();
  }

  @Override
  public String getRowKey(SecurityEvent event) {
    return String.valueOf(event.getId());
  }

  @Override
  public SecurityEvent getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream()
            .filter(e -> String.valueOf(e.getId()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
