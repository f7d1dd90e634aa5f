package no.imdi.grants.payment.basis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A municipality's instalment basis (R-PAY-3) as a file for its accounting system: every line of
 * the page's filter in the page's order, through the page's own scoped query ({@link
 * InstalmentBasis}: the caller's municipality only, a person of another municipality refused and a
 * person filter written to the access log) by a database cursor. It names persons, so every export
 * is in the export log. The column names are the lowercase ones the former CSV had.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.MUNICIPALITY_FINANCE_NAME})
public class BasisExport {

  public static final ExportTable<BasisLine> TABLE =
      ExportTable.<BasisLine>of("basis", true)
          .date("export.basis.instalment", BasisLine::instalment)
          .label("export.basis.status", (l, texts) -> texts.label(l.status()))
          .integer("export.basis.personId", BasisLine::personId)
          .text("export.basis.person", BasisLine::personName)
          .text("export.basis.code", BasisLine::code)
          .label(
              "export.basis.group",
              (l, texts) ->
                  Locale.ENGLISH.getLanguage().equals(texts.locale().getLanguage())
                      ? l.group().english()
                      : l.group().norwegian())
          .text("export.basis.kind", l -> l.kind().name())
          .date("export.basis.dueBasis", BasisLine::dueBasis)
          .amountOre("export.basis.amount", BasisLine::amountOre)
          .text("export.basis.rules", BasisLine::rules)
          .label("export.basis.reason", (l, texts) -> l.text(texts.locale()));

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private AccessLog accessLog;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public BasisExport() {}

  public BasisExport(
      EntityManager em, CurrentUser currentUser, AccessLog accessLog, Exports exports) {
    this.em = em;
    this.currentUser = currentUser;
    this.accessLog = accessLog;
    this.exports = exports;
  }

  public ExportOutcome export(
      BasisFilter filter, BasisSort sort, boolean ascending, ExportRequest request) {
    BasisSort order = sort == null ? BasisSort.INSTALMENT : sort;
    BasisFilter f = filter == null ? BasisFilter.ALL : filter;
    String municipality = new InstalmentBasis(em, currentUser, accessLog).checked(f);
    return exports.run(
        TABLE,
        RowSource.lazily(
            () -> BasisQueries.stream(em, municipality, f, order, ascending, fetchSize)),
        request,
        String.valueOf(f),
        order + (ascending ? " asc" : " desc"));
  }
}
