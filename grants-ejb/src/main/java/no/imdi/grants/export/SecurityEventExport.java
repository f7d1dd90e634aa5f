package no.imdi.grants.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import no.imdi.grants.audit.SecurityEventFilter;
import no.imdi.grants.audit.SecurityEventReview;
import no.imdi.grants.audit.SecurityEventRow;
import no.imdi.grants.audit.SecurityEventSort;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * IMDi's review of the security log as a file: every event of the page's filter in the table's
 * order, through the review's own query by a database cursor. It names users and their addresses,
 * so every export is in the export log. The column names are the lowercase ones the former CSV had.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class SecurityEventExport {

  public static final ExportTable<SecurityEventRow> TABLE =
      ExportTable.<SecurityEventRow>of("security-events", true)
          .timestamp("export.security-events.occurredAt", SecurityEventRow::occurredAt)
          .text("export.security-events.kind", e -> e.kind().name())
          .text("export.security-events.username", SecurityEventRow::username)
          .text("export.security-events.source", SecurityEventRow::source)
          .text("export.security-events.target", SecurityEventRow::target)
          .text("export.security-events.detail", SecurityEventRow::detail);

  @Inject private SecurityEventReview review;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public SecurityEventExport() {}

  public SecurityEventExport(SecurityEventReview review, Exports exports) {
    this.review = review;
    this.exports = exports;
  }

  public ExportOutcome export(
      SecurityEventFilter filter,
      SecurityEventSort sort,
      boolean ascending,
      ExportRequest request) {
    SecurityEventSort order = sort == null ? SecurityEventSort.OCCURRED_AT : sort;
    return exports.run(
        TABLE,
        RowSource.lazily(() -> review.stream(filter, order, ascending, fetchSize)),
        request,
        describe(filter),
        order + (ascending ? " asc" : " desc"));
  }

  static String describe(SecurityEventFilter f) {
    StringBuilder text = new StringBuilder();
    SettlementExport.append(text, "kind", f.kind());
    SettlementExport.append(
        text, "user", f.username() == null || f.username().isBlank() ? null : f.username().strip());
    SettlementExport.append(text, "from", f.from());
    SettlementExport.append(text, "to", f.to());
    return text.isEmpty() ? "(none)" : text.toString();
  }
}
