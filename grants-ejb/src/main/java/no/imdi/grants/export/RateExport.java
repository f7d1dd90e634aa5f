package no.imdi.grants.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import no.imdi.grants.rate.RateEntry;
import no.imdi.grants.rate.RateFilter;
import no.imdi.grants.rate.RateRepository;
import no.imdi.grants.rate.RateSort;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;

/**
 * The current rate table as a file, with its filter and order: a short list read through the
 * repository's own query page by page. It holds no personal data, so it is not logged.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.ADMIN_NAME)
public class RateExport {

  public static final ExportTable<RateEntry> TABLE =
      ExportTable.<RateEntry>of("rates", false)
          .text("export.rates.code", RateEntry::getCode)
          .integer("export.rates.year", RateEntry::getCalendarYear)
          .amount("export.rates.amount", RateEntry::getAmount)
          .text("export.rates.conditions", RateEntry::getConditions)
          .text("export.rates.source", RateEntry::getSource)
          .bool("export.rates.verified", RateEntry::isVerified)
          .timestamp("export.rates.createdAt", RateEntry::getCreatedAt)
          .text("export.rates.createdBy", RateEntry::getCreatedBy);

  @Inject private RateRepository repository;
  @Inject private Exports exports;

  public ExportOutcome export(
      RateFilter filter, RateSort sort, boolean ascending, ExportRequest request) {
    RateSort order = sort == null ? RateSort.CODE : sort;
    return exports.run(
        TABLE,
        RowSource.paged(page -> repository.current(filter, page), order, ascending),
        request,
        String.valueOf(filter),
        order + (ascending ? " asc" : " desc"));
  }
}
