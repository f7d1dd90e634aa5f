package no.imdi.grants.payment.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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

/**
 * The list of payment runs (app/payment-runs.xhtml, R-PAY-3) as a file, in the page's order, read
 * through the page's own query ({@link PaymentRunReview#runs}). It names the officers who started
 * and approved each run, so every export is in the export log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class RunExport {

  public static final ExportTable<RunSummary> TABLE =
      ExportTable.<RunSummary>of("payment-runs", true)
          .integer("export.payment-runs.run", RunSummary::id)
          .date("export.payment-runs.instalment", RunSummary::instalment)
          .label("export.payment-runs.state", (r, texts) -> texts.label(r.state()))
          .amountOre("export.payment-runs.total", RunSummary::totalOre)
          .integer("export.payment-runs.municipalities", RunSummary::municipalities)
          .integer("export.payment-runs.lines", RunSummary::lines)
          .text("export.payment-runs.startedBy", RunSummary::preparedBy)
          .timestamp("export.payment-runs.startedAt", RunSummary::preparedAt)
          .text("export.payment-runs.reviewedBy", RunSummary::reviewedBy)
          .timestamp("export.payment-runs.reviewedAt", RunSummary::reviewedAt)
          .timestamp("export.payment-runs.paidAt", RunSummary::paidAt)
          .bool("export.payment-runs.file", RunSummary::hasFile);

  @Inject private CurrentUser currentUser;
  @EJB private PaymentRunReview review;
  @Inject private Exports exports;

  public RunExport() {}

  public RunExport(CurrentUser currentUser, PaymentRunReview review, Exports exports) {
    this.currentUser = currentUser;
    this.review = review;
    this.exports = exports;
  }

  public ExportOutcome export(RunSort sort, boolean ascending, ExportRequest request) {
    if (!currentUser.actor().isImdi()) {
      // refused before the file starts (the list's own query refuses too)
      throw new AccessDeniedException("Payment runs are IMDi's");
    }
    RunSort order = sort == null ? RunSort.INSTALMENT : sort;
    return exports.run(
        TABLE,
        RowSource.paged(review::runs, order, ascending),
        request,
        "",
        order + (ascending ? " asc" : " desc"));
  }
}
