package no.imdi.grants.web.casework;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * IMDi's work queue as the table asks for it, page by page: the filter from the form above the
 * table, the order (deadline or age) from the table's headers, both applied in the database.
 */
public class QueueModel extends LazyDataModel<QueueItem> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<ImdiCaseService> service;
  private final transient Supplier<QueueFilter> filter;
  private transient Page<QueueItem> last;

  public QueueModel(Supplier<ImdiCaseService> service, Supplier<QueueFilter> filter) {
    this.service = service;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (last == null) {
      return (int)
          service
              .get()
              .queue(filter.get(), new PageRequest<>(0, 1, QueueSort.DEADLINE, true))
              .total();
    }
    return (int) last.total();
  }

  @Override
  public List<QueueItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    QueueSort sort = QueueSort.DEADLINE;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      sort = parse(meta.getField());
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    last =
        service
            .get()
            .queue(
                filter.get(),
                new PageRequest<>(
                    Math.max(0, first),
                    Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                    sort,
                    ascending));
    setRowCount((int) last.total());
    return last.rows();
  }

  static QueueSort parse(String field) {
    try {
      return field == null ? QueueSort.DEADLINE : QueueSort.valueOf(field);
    } catch (IllegalArgumentException e) {
      return QueueSort.DEADLINE;
    }
  }

  @Override
  public String getRowKey(QueueItem item) {
    return item.type() + "-" + item.matterId();
  }

  @Override
  public QueueItem getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream().filter(i -> getRowKey(i).equals(rowKey)).findFirst().orElse(null);
  }
}
