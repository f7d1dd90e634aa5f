package no.imdi.grants.web.audit;

import java.util.function.Supplier;
import no.imdi.grants.audit.SecurityEvent;
import no.imdi.grants.audit.SecurityEventFilter;
import no.imdi.grants.audit.SecurityEventReview;
import no.imdi.grants.audit.SecurityEventSort;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The security log as the review table asks for it, page by page; the filter comes from the form
 * above the table, the order from the table's headers, and both are applied in the database.
 */
public class SecurityEventModel extends ServerPagedModel<SecurityEvent, SecurityEventSort> {

  private static final long serialVersionUID = 1L;

  public SecurityEventModel(
      Supplier<SecurityEventReview> review, Supplier<SecurityEventFilter> filter) {
    super(
        request -> review.get().list(filter.get(), request),
        event -> String.valueOf(event.getId()),
        SecurityEventSort.class,
        SecurityEventSort.OCCURRED_AT,
        false);
  }
}
