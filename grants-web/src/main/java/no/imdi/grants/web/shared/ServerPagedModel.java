package no.imdi.grants.web.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table paged, sorted and filtered in the database: the table's page and the order of its headers
 * become a {@link PageRequest} (a header's field names a constant of the sort enum; an unknown one
 * falls back to the default order), the service answers one {@link Page}, and the rows of the last
 * page are the ones a row key finds. The filter is the service's business: the {@code source} reads
 * it from the form when it is asked. Before its first page the table asks for the count, which is
 * the total of a one-row page.
 *
 * @param <T> a row
 * @param <S> the service's sort fields
 */
public class ServerPagedModel<T, S extends Enum<S>> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows from the service, for the table's request. */
  @FunctionalInterface
  public interface Source<T, S extends Enum<S>> {
    Page<T> page(PageRequest<S> request);
  }

  private final transient Source<T, S> source;
  private final transient Function<T, String> key;
  private final Class<S> sortType;
  private final S defaultSort;
  private final boolean defaultAscending;
  private transient Page<T> last;
  private S lastSort;
  private boolean lastAscending;

  public ServerPagedModel(
      Source<T, S> source,
      Function<T, String> key,
      Class<S> sortType,
      S defaultSort,
      boolean defaultAscending) {
    this.source = source;
    this.key = key;
    this.sortType = sortType;
    this.defaultSort = defaultSort;
    this.defaultAscending = defaultAscending;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (last == null) {
      return (int) source.page(new PageRequest<>(0, 1, defaultSort, defaultAscending)).total();
    }
    return (int) last.total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    S sort = defaultSort;
    boolean ascending = defaultAscending;
    for (SortMeta meta : sortBy.values()) {
      sort = sortField(meta.getField());
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    lastSort = sort;
    lastAscending = ascending;
    last =
        source.page(
            new PageRequest<>(
                Math.max(0, first),
                Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                sort,
                ascending));
    setRowCount((int) last.total());
    return last.rows();
  }

  /** The order the table shows now (its default before the first page), e.g. for an export. */
  public S currentSort() {
    return lastSort == null ? defaultSort : lastSort;
  }

  public boolean currentAscending() {
    return lastSort == null ? defaultAscending : lastAscending;
  }

  /** The sort constant a header names, or the default order for a field that names none. */
  public S sortField(String field) {
    if (field == null) {
      return defaultSort;
    }
    try {
      return Enum.valueOf(sortType, field);
    } catch (IllegalArgumentException e) {
      return defaultSort;
    }
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
  }
}
