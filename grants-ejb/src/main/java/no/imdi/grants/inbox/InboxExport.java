package no.imdi.grants.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's inbox ({@code app/inbox.xhtml}) as CSV or XLSX: the items of the page's filter
 * (unread only, one case number) in the page's order (unread first, then newest), of the caller's
 * own municipality only, through the page's own query ({@link Inbox#stream}) by a database cursor.
 * The letters' titles and case numbers are about persons, so every export is in the export log; the
 * letters themselves are not in it (opening one stays an access-logged read).
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
public class InboxExport {

  public static final ExportTable<InboxItem> TABLE =
      ExportTable.<InboxItem>of("inbox", true)
          .label(
              "export.inbox.status",
              (i, texts) -> texts.text(i.isUnread() ? "export.inbox.new" : "export.inbox.read"))
          .label("export.inbox.kind", (i, texts) -> texts.label(i.kind()))
          .text("export.inbox.subject", InboxItem::title)
          .text("export.inbox.caseNumber", InboxItem::caseNumber)
          .timestamp("export.inbox.delivered", InboxItem::deliveredAt)
          .timestamp("export.inbox.firstOpened", InboxItem::firstOpenedAt)
          .text("export.inbox.firstOpenedBy", InboxItem::firstOpenedBy);

  @Inject private CurrentUser currentUser;
  @Inject private Inbox inbox;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public InboxExport() {}

  public InboxExport(CurrentUser currentUser, Inbox inbox, Exports exports) {
    this.currentUser = currentUser;
    this.inbox = inbox;
    this.exports = exports;
  }

  /** The inbox of the page's filter in the page's order, of the caller's municipality only. */
  public ExportOutcome export(boolean unreadOnly, CaseNumber caseNumber, ExportRequest request) {
    String municipality =
        currentUser
            .caseScope()
            .restrictedTo()
            .orElseThrow(() -> new AccessDeniedException("An inbox belongs to a municipality"));
    StringBuilder filter = new StringBuilder("municipality=").append(municipality);
    if (unreadOnly) {
      filter.append(" unread");
    }
    if (caseNumber != null) {
      filter.append(" case=").append(caseNumber);
    }
    return exports.run(
        TABLE,
        RowSource.lazily(() -> inbox.stream(municipality, unreadOnly, caseNumber, fetchSize)),
        request,
        filter.toString(),
        "unread first, delivered desc");
  }
}
