package no.imdi.grants.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import no.imdi.grants.audit.AccessLogEntry;
import no.imdi.grants.audit.AccessLogFilter;
import no.imdi.grants.audit.AccessLogReview;
import no.imdi.grants.audit.AccessLogSort;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The access-log review as a file: every read of the review's filter in the table's order, through
 * the review's own scoped query by a database cursor. The review logs it as it logs a search (a
 * security event, and a read of the person's log when one person is asked for), and the export log
 * keeps the filter and the count.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.ADMIN_NAME, Role.MUNICIPALITY_CASEWORKER_NAME})
public class AccessLogExport {

  public static final ExportTable<AccessLogEntry> TABLE =
      ExportTable.<AccessLogEntry>of("access-log", true)
          .timestamp("export.access-log.accessedAt", AccessLogEntry::accessedAt)
          .text("export.access-log.username", AccessLogEntry::username)
          .text("export.access-log.readerName", AccessLogEntry::readerName)
          .text("export.access-log.readerRole", AccessLogEntry::readerRole)
          .text("export.access-log.readerMunicipality", AccessLogEntry::readerMunicipality)
          .text("export.access-log.nationalId", AccessLogEntry::nationalId)
          .text("export.access-log.personName", AccessLogEntry::personName)
          .text("export.access-log.personMunicipality", AccessLogEntry::personMunicipality)
          .text("export.access-log.purpose", AccessLogEntry::purpose)
          .bool("export.access-log.outsideMunicipality", AccessLogEntry::outsideMunicipality)
          .bool("export.access-log.outsideWorkingHours", AccessLogEntry::outsideWorkingHours)
          .integer("export.access-log.readsThatDay", AccessLogEntry::readsThatDay)
          .bool("export.access-log.manyReads", AccessLogEntry::manyReads);

  @Inject private AccessLogReview review;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize;

  public ExportOutcome export(
      AccessLogFilter filter, AccessLogSort sort, boolean ascending, ExportRequest request) {
    review.validate(filter);
    AccessLogSort order = sort == null ? AccessLogSort.ACCESSED_AT : sort;
    return exports.run(
        TABLE,
        rows -> review.export(filter, order, ascending, fetchSize, rows::accept),
        request,
        describe(filter),
        order + (ascending ? " asc" : " desc"));
  }

  /** The filter for the export log, without the national id (only whether one was given). */
  static String describe(AccessLogFilter f) {
    StringBuilder text = new StringBuilder();
    SettlementExport.append(
        text, "person", f.nationalId() == null || f.nationalId().isBlank() ? null : "(given)");
    SettlementExport.append(text, "user", f.username());
    SettlementExport.append(text, "from", f.from());
    SettlementExport.append(text, "to", f.to());
    SettlementExport.append(text, "flaggedOnly", f.flaggedOnly() ? true : null);
    return text.isEmpty() ? "(none)" : text.toString();
  }
}
