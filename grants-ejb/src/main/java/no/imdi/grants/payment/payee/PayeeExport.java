package no.imdi.grants.payment.payee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;

/**
 * The payees list (the municipalities' organisation numbers, accounts and IBANs) as a file, with
 * the page's filter and order, through the page's own query in pages of 200 (357 rows at most). It
 * holds no personal data, so it is not in the export log (as the rate table). Numbers are texts, so
 * that leading zeros stay; the column names are the former CSV's.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.ADMIN_NAME)
public class PayeeExport {

  public static final ExportTable<PayeeRow> TABLE =
      ExportTable.<PayeeRow>of("payees", false)
          .text("export.payees.municipalityNumber", PayeeRow::municipalityNumber)
          .text("export.payees.municipality", PayeeRow::municipalityName)
          .text("export.payees.county", PayeeRow::countyName)
          .text("export.payees.organisationNumber", PayeeRow::organisationNumber)
          .text("export.payees.account", r -> r.account().formatted())
          .text("export.payees.iban", r -> r.iban().value())
          .timestamp("export.payees.updatedAt", PayeeRow::updatedAt)
          .text("export.payees.updatedBy", PayeeRow::updatedBy);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Exports exports;

  public PayeeExport() {}

  public PayeeExport(EntityManager em, Exports exports) {
    this.em = em;
    this.exports = exports;
  }

  public ExportOutcome export(
      PayeeFilter filter, PayeeSort sort, boolean ascending, ExportRequest request) {
    PayeeSort order = sort == null ? PayeeSort.MUNICIPALITY : sort;
    return exports.run(
        TABLE,
        RowSource.paged(page -> PayeeQueries.list(em, filter, page), order, ascending),
        request,
        String.valueOf(filter),
        order + (ascending ? " asc" : " desc"));
  }
}
