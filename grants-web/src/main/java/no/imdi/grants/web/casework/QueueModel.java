package no.imdi.grants.web.casework;

import java.util.function.Supplier;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * IMDi's work queue as the table asks for it, page by page: the filter from the form above the
 * table, the order (deadline or age) from the table's headers, both applied in the database.
 */
public class QueueModel extends ServerPagedModel<QueueItem, QueueSort> {

  private static final long serialVersionUID = 1L;

  public QueueModel(Supplier<ImdiCaseService> service, Supplier<QueueFilter> filter) {
    super(
        request -> service.get().queue(filter.get(), request),
        item -> item.type() + "-" + item.matterId(),
        QueueSort.class,
        QueueSort.DEADLINE,
        true);
  }
}
