package no.imdi.grants.payment.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Locale;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.payment.LineQuery;
import no.imdi.grants.payment.LineSort;
import no.imdi.grants.payment.LineView;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A payment run's lines as IMDi's review drills down to them (R-PAY-3: a municipality's lines, or
 * one person's), as a file: every line of the page's query in the page's order, through the page's
 * own query ({@link PaymentLedger#streamLines}, the same filter and scope as {@link
 * PaymentLedger#lines}) by a database cursor. IMDi's caseworker and approver only, as the page. The
 * lines name persons, so every export is in the export log, and a person's lines are a read of that
 * person's record (the access log), as on the page.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class RunLinesExport {

  public static final ExportTable<LineView> TABLE =
      ExportTable.<LineView>of("run-lines", true)
          .integer("export.run-lines.run", LineView::runId)
          .date("export.run-lines.instalment", LineView::instalment)
          .label("export.run-lines.status", (l, texts) -> texts.label(l.status()))
          .text("export.run-lines.municipality", LineView::municipality)
          .integer("export.run-lines.person", LineView::personId)
          .text("export.run-lines.code", LineView::code)
          .label(
              "export.run-lines.group",
              (l, texts) ->
                  Locale.ENGLISH.getLanguage().equals(texts.locale().getLanguage())
                      ? l.group().english()
                      : l.group().norwegian())
          .label("export.run-lines.kind", (l, texts) -> texts.label(l.kind()))
          .text("export.run-lines.key", LineView::entitlementKey)
          .date("export.run-lines.due", LineView::dueBasis)
          .amountOre("export.run-lines.amount", LineView::amountOre)
          .text("export.run-lines.rules", l -> l.reason().rules())
          .label("export.run-lines.reason", (l, texts) -> l.text(texts.locale()));

  @Inject private CurrentUser currentUser;
  @Inject private PaymentLedger ledger;
  @Inject private AccessLog accessLog;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public RunLinesExport() {}

  public RunLinesExport(
      CurrentUser currentUser, PaymentLedger ledger, AccessLog accessLog, Exports exports) {
    this.currentUser = currentUser;
    this.ledger = ledger;
    this.accessLog = accessLog;
    this.exports = exports;
  }

  /**
   * The lines of the page's query (the run, its municipality, optionally a person) in the page's
   * order (R-PAY-3); the default order is the page's (person, ascending).
   */
  public ExportOutcome export(
      LineQuery query, LineSort sort, boolean ascending, ExportRequest request) {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException("Payment runs are IMDi's");
    }
    if (query == null || query.runId() == null) {
      throw new IllegalArgumentException("A run's lines are asked for by the run");
    }
    LineSort order = sort == null ? LineSort.PERSON : sort;
    MunicipalityScope scope = currentUser.settlementScope();
    if (query.municipality() != null && !scope.allows(query.municipality())) {
      throw new AccessDeniedException(
          "Payment lines of municipality " + query.municipality() + " are outside the scope");
    }
    if (query.personId() != null) {
      accessLog.recordRead(currentUser.username(), query.personId(), "payment lines export");
    }
    return exports.run(
        TABLE,
        RowSource.lazily(() -> ledger.streamLines(query, scope, order, ascending, fetchSize)),
        request,
        filterText(query),
        order + (ascending ? " asc" : " desc"));
  }

  static String filterText(LineQuery q) {
    StringBuilder text = new StringBuilder("run=").append(q.runId());
    if (q.municipality() != null) {
      text.append(" municipality=").append(q.municipality());
    }
    if (q.personId() != null) {
      text.append(" person=").append(q.personId());
    }
    return text.toString();
  }
}
