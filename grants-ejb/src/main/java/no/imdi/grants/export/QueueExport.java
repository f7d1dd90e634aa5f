package no.imdi.grants.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * IMDi's work queue as a file: every item of the queue's filter in the table's order, through the
 * queue's own scoped query by a database cursor. It names persons, so every export is logged.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class QueueExport {

  public static final ExportTable<QueueItem> TABLE =
      ExportTable.<QueueItem>of("queue", true)
          .label("export.queue.type", (q, texts) -> texts.label(q.type()))
          .text("export.queue.caseNumber", QueueItem::caseNumber)
          .text("export.queue.person", QueueItem::personName)
          .label("export.queue.state", (q, texts) -> state(q.state(), texts))
          .timestamp("export.queue.receivedAt", QueueItem::receivedAt)
          .date("export.queue.dueDate", QueueItem::dueDate)
          .integer("export.queue.grantYear", QueueItem::grantYear)
          .text("export.queue.kind", q -> q.kind() == null ? null : q.kind().name())
          .bool("export.queue.flagged", QueueItem::flaggedForDismissal)
          .text("export.queue.municipality", QueueItem::municipality)
          .text("export.queue.county", QueueItem::county)
          .text("export.queue.assignedTo", QueueItem::assignedTo);

  @Inject private WorkQueue queue;
  @Inject private CurrentUser currentUser;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize;

  public ExportOutcome export(
      QueueFilter filter, QueueSort sort, boolean ascending, ExportRequest request) {
    QueueSort order = sort == null ? QueueSort.DEADLINE : sort;
    return exports.run(
        TABLE,
        RowSource.lazily(
            () -> queue.stream(currentUser.caseScope(), filter, order, ascending, fetchSize)),
        request,
        String.valueOf(filter),
        order + (ascending ? " asc" : " desc"));
  }

  private static String state(String state, ExportTexts texts) {
    String key = "export.queue.status." + state;
    String text = texts.text(key);
    return text.equals(key) ? state : text;
  }
}
