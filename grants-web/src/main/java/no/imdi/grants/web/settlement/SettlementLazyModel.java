package no.imdi.grants.web.settlement;

import jakarta.ejb.EJBException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.security.AccessDeniedException;
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
 * are handed to the service, which filters, sorts and pages in the database. Each page asked for is
 * told on as a {@link ListQuery}, so that the address of the list can follow the table.
 */
public class SettlementLazyModel extends LazyDataModel<SettlementRow> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SettlementLazyModel.class.getName());

  private final transient Supplier<SettlementService> service;
  private final transient Consumer<ListQuery> shown;
  private transient List<SettlementRow> lastRows;
  private transient SettlementFilter countedFilter;
  private transient long countedTotal;
  private transient boolean failed;

  /**
   * @param shown told of every page the table asks for, as the list's address would keep it
   */
  public SettlementLazyModel(Supplier<SettlementService> service, Consumer<ListQuery> shown) {
    this.service = service;
    this.shown = shown;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    SettlementFilter filter = filter(filterBy);
    if (!filter.equals(countedFilter)) {
      try {
        countedTotal = service.get().count(filter);
        countedFilter = filter;
        failed = false;
      } catch (EJBException | AccessDeniedException e) {
        return failure(e);
      }
    }
    return (int) countedTotal;
  }

  /**
   * A list that could not be read shows as empty with a message in the table (see {@link
   * #isFailed}); the failure is logged, never sent to the browser.
   */
  private int failure(RuntimeException e) {
    LOG.log(Level.WARNING, "The settlements list could not be read", e);
    failed = true;
    countedFilter = null;
    lastRows = List.of();
    return 0;
  }

  /** Whether the last read of the list failed (the table then says so instead of "empty"). */
  public boolean isFailed() {
    return failed;
  }

  @Override
  public List<SettlementRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SettlementSort chosen = null;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      chosen = sortField(meta.getField());
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    SettlementFilter filter = filter(filterBy);
    SettlementSort sort = chosen == null ? SettlementSort.NAME : chosen;
    int size = Math.max(1, Math.min(pageSize, 200));
    shown.accept(ListQuery.of(filter, chosen, !ascending, Math.max(0, first), size));
    try {
      lastRows =
          service.get().rows(filter, new PageRequest<>(Math.max(0, first), size, sort, ascending));
    } catch (EJBException | AccessDeniedException e) {
      failure(e);
    }
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

  private static SettlementSort sortField(String field) {
    try {
      return field == null ? SettlementSort.NAME : SettlementSort.valueOf(field);
    } catch (IllegalArgumentException e) {
      return SettlementSort.NAME;
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
