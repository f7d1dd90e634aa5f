package no.imdi.grants.web.audit;

import java.util.List;
import java.util.function.Supplier;
import no.imdi.grants.audit.AccessLogEntry;
import no.imdi.grants.audit.AccessLogFilter;
import no.imdi.grants.audit.AccessLogReview;
import no.imdi.grants.audit.AccessLogSort;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The access log as the review table asks for it, page by page; the filter comes from the form
 * above the table, the order from the table's headers, and both, with the flags, are applied in the
 * database. A filter the review refuses shows no rows (the form says why).
 */
public class AccessLogModel extends ServerPagedModel<AccessLogEntry, AccessLogSort> {

  private static final long serialVersionUID = 1L;

  public AccessLogModel(Supplier<AccessLogReview> review, Supplier<AccessLogFilter> filter) {
    super(
        request -> {
          try {
            return review.get().list(filter.get(), request);
          } catch (InvalidInputException e) {
            return new Page<>(List.of(), 0);
          }
        },
        entry -> String.valueOf(entry.id()),
        AccessLogSort.class,
        AccessLogSort.ACCESSED_AT,
        false);
  }
}
