package no.imdi.grants.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.SettlementRow;
import no.imdi.grants.settlement.SettlementSort;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settlements list as a file: the columns the list shows (the national id masked as on the
 * page), every row of its filter in its order, read through the repository's scoped list query by a
 * database cursor, so that a municipality exports its own persons only. Every export is logged.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({
  Role.MUNICIPALITY_CASEWORKER_NAME,
  Role.MUNICIPALITY_FINANCE_NAME,
  Role.IMDI_CASEWORKER_NAME,
  Role.IMDI_APPROVER_NAME
})
public class SettlementExport {

  public static final ExportTable<SettlementRow> TABLE =
      ExportTable.<SettlementRow>of("settlements", true)
          .text("export.settlements.familyName", SettlementRow::familyName)
          .text("export.settlements.givenName", SettlementRow::givenName)
          .text("export.settlements.nationalId", SettlementRow::maskedNationalId)
          .text("export.settlements.municipalityNumber", SettlementRow::municipalityNumber)
          .text("export.settlements.municipality", SettlementRow::municipalityName)
          .date("export.settlements.settlementDate", SettlementRow::settlementDate)
          .label("export.settlements.targetGroup", (r, texts) -> texts.label(r.targetGroup()))
          .bool("export.settlements.unaccompaniedMinor", SettlementRow::unaccompaniedMinor);

  @Inject private SettlementRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize;

  public SettlementExport() {}

  public SettlementExport(
      SettlementRepository repository, CurrentUser currentUser, Exports exports, int fetchSize) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.exports = exports;
    this.fetchSize = fetchSize;
  }

  public ExportOutcome export(
      SettlementFilter filter, SettlementSort sort, boolean ascending, ExportRequest request) {
    SettlementSort order = sort == null ? SettlementSort.NAME : sort;
    return exports.run(
        TABLE,
        RowSource.lazily(
            () ->
                repository.stream(
                    currentUser.settlementScope(), filter, order, ascending, fetchSize)),
        request,
        describe(filter),
        order + (ascending ? " asc" : " desc"));
  }

  /** The filter for the export log, a national id prefix cut to the birth date's six digits. */
  static String describe(SettlementFilter f) {
    StringBuilder text = new StringBuilder();
    append(text, "municipality", f.municipalityNumber());
    append(text, "name", f.name());
    append(
        text,
        "idPrefix",
        f.nationalId() == null || f.nationalId().length() <= 6
            ? f.nationalId()
            : f.nationalId().substring(0, 6) + "*");
    append(text, "year", f.settlementYear());
    append(text, "targetGroup", f.targetGroup());
    return text.isEmpty() ? "(none)" : text.toString();
  }

  static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
    }
  }
}
