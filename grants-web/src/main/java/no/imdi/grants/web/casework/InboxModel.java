package no.imdi.grants.web.casework;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.inbox.InboxService;
import no.imdi.grants.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The municipality's inbox as the table asks for it: unread first, then newest, paged, of one case
 * when a case number is searched for.
 */
public class InboxModel extends LazyDataModel<InboxItem> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<InboxService> service;
  private final transient BooleanSupplier unreadOnly;
  private final transient Supplier<CaseNumber> caseNumber;
  private transient Page<InboxItem> last;

  public InboxModel(Supplier<InboxService> service, BooleanSupplier unreadOnly) {
    this(service, unreadOnly, () -> null);
  }

  /** Only the items of the case with that number, when the supplier gives one. */
  public InboxModel(
      Supplier<InboxService> service, BooleanSupplier unreadOnly, Supplier<CaseNumber> caseNumber) {
    this.service = service;
    this.unreadOnly = unreadOnly;
    this.caseNumber = caseNumber;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return last == null
        ? (int) service.get().items(unreadOnly.getAsBoolean(), caseNumber.get(), 0, 1).total()
        : (int) last.total();
  }

  @Override
  public List<InboxItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    last =
        service
            .get()
            .items(unreadOnly.getAsBoolean(), caseNumber.get(), Math.max(0, first), pageSize);
    setRowCount((int) last.total());
    return last.rows();
  }

  @Override
  public String getRowKey(InboxItem item) {
    return String.valueOf(item.id());
  }

  @Override
  public InboxItem getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream()
            .filter(i -> String.valueOf(i.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
