package no.imdi.grants.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
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
 * The ministry's list of forwarded complaints ({@code app/ministry.xhtml}, R-AP-7) as CSV or XLSX:
 * the complaints forwarded to it only (undecided first, the oldest forwarding first, the page's one
 * order), through the page's own query ({@link ComplaintRepository#streamForwarded}) by a database
 * cursor, with the page's columns. The ministry only; complaints are about persons, so every export
 * is in the export log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.MINISTRY_NAME)
public class MinistryComplaintExport {

  public static final ExportTable<ComplaintView> TABLE =
      ExportTable.<ComplaintView>of("ministry-complaints", true)
          .text("export.ministry-complaints.case", ComplaintView::caseNumber)
          .label("export.ministry-complaints.state", (k, texts) -> texts.label(k.state()))
          .bool("export.ministry-complaints.overdue", ComplaintView::overdue)
          .date("export.ministry-complaints.forwardedOn", ComplaintView::forwardedOn)
          .date("export.ministry-complaints.answerDue", ComplaintView::answerDue)
          .label(
              "export.ministry-complaints.outcome", (k, texts) -> texts.label(k.ministryOutcome()));

  @Inject private CurrentUser currentUser;
  @Inject private ComplaintRepository complaints;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public MinistryComplaintExport() {}

  public MinistryComplaintExport(
      CurrentUser currentUser, ComplaintRepository complaints, Exports exports) {
    this.currentUser = currentUser;
    this.complaints = complaints;
    this.exports = exports;
  }

  /** The whole forwarded list in the page's order (R-AP-7). */
  public ExportOutcome export(ExportRequest request) {
    if (!currentUser.actor().is(Role.MINISTRY)) {
      throw new AccessDeniedException("Only the ministry sees forwarded complaints");
    }
    return exports.run(
        TABLE,
        RowSource.lazily(() -> complaints.streamForwarded(fetchSize).map(ComplaintView::of)),
        request,
        "forwarded",
        "AGE asc");
  }
}
