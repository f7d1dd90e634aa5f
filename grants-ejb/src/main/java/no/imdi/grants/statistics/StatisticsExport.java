package no.imdi.grants.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;

/**
 * Each statistics figure's table as a file (CSV or XLSX) with the page's filter, through the
 * statistics service's own scoped queries: a municipality's export holds its own numbers only,
 * whatever the filter names. The figures are aggregates (no personal data), so the exports are not
 * written to the export log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({
  Role.MUNICIPALITY_CASEWORKER_NAME,
  Role.MUNICIPALITY_FINANCE_NAME,
  Role.IMDI_CASEWORKER_NAME,
  Role.IMDI_APPROVER_NAME
})
public class StatisticsExport {

  /** The figures, each with its export table's list name ({@code stats-...}). */
  public enum Figure {
    SETTLED,
    APPLICATIONS,
    AMOUNTS,
    PROCESSING,
    COMPLAINTS
  }

  public static final ExportTable<SettledCount> SETTLED =
      ExportTable.<SettledCount>of("stats-settled", false)
          .integer("export.stats.year", SettledCount::year)
          .text("export.stats.countyNumber", SettledCount::countyNumber)
          .text("export.stats.county", SettledCount::countyName)
          .text("export.stats.municipalityNumber", SettledCount::municipalityNumber)
          .text("export.stats.municipality", SettledCount::municipalityName)
          .label("export.stats.targetGroup", (r, texts) -> texts.label(r.targetGroup()))
          .integer("export.stats.persons", SettledCount::persons);

  public static final ExportTable<ApplicationCount> APPLICATIONS =
      ExportTable.<ApplicationCount>of("stats-applications", false)
          .integer("export.stats.year", ApplicationCount::year)
          .text("export.stats.kind", r -> r.kind().name())
          .integer("export.stats.granted", ApplicationCount::granted)
          .integer("export.stats.partlyGranted", ApplicationCount::partlyGranted)
          .integer("export.stats.refused", ApplicationCount::refused)
          .integer("export.stats.dismissed", ApplicationCount::dismissed)
          .integer("export.stats.withdrawn", ApplicationCount::withdrawn)
          .integer("export.stats.open", ApplicationCount::open)
          .integer("export.stats.total", ApplicationCount::total);

  public static final ExportTable<AmountSum> AMOUNTS =
      ExportTable.<AmountSum>of("stats-amounts", false)
          .date("export.stats.instalment", AmountSum::instalment)
          .label(
              "export.stats.scheme", (r, texts) -> texts.text("export.stats.scheme." + r.scheme()))
          .label("export.stats.group", (r, texts) -> texts.text("export.stats.group." + r.group()))
          .amountOre("export.stats.grantedAmount", AmountSum::grantedOre)
          .amountOre("export.stats.paidAmount", AmountSum::paidOre);

  public static final ExportTable<ProcessingTime> PROCESSING =
      ExportTable.<ProcessingTime>of("stats-processing", false)
          .text("export.stats.month", r -> r.month().toString())
          .integer("export.stats.decided", ProcessingTime::decided)
          .text("export.stats.medianDays", r -> decimal(r.medianDays()))
          .text("export.stats.p90Days", r -> decimal(r.p90Days()));

  public static final ExportTable<ComplaintCount> COMPLAINTS =
      ExportTable.<ComplaintCount>of("stats-complaints", false)
          .integer("export.stats.year", ComplaintCount::year)
          .label(
              "export.stats.outcome",
              (r, texts) -> texts.text("export.stats.outcome." + r.outcome()))
          .integer("export.stats.complaints", ComplaintCount::complaints);

  @EJB private StatisticsService service;
  @Inject private Exports exports;

  public StatisticsExport() {}

  public StatisticsExport(StatisticsService service, Exports exports) {
    this.service = service;
    this.exports = exports;
  }

  /** The export table of a figure (its columns and file name). */
  public static ExportTable<?> table(Figure figure) {
    return switch (figure) {
      case SETTLED -> SETTLED;
      case APPLICATIONS -> APPLICATIONS;
      case AMOUNTS -> AMOUNTS;
      case PROCESSING -> PROCESSING;
      case COMPLAINTS -> COMPLAINTS;
    };
  }

  /** The figure's table with the filter (within the caller's scope) into the request's stream. */
  public ExportOutcome export(Figure figure, StatisticsFilter filter, ExportRequest request) {
    return switch (figure) {
      case SETTLED -> run(SETTLED, filter, f -> service.settled(f).byMunicipality(), request);
      case APPLICATIONS -> run(APPLICATIONS, filter, service::applications, request);
      case AMOUNTS -> run(AMOUNTS, filter, service::amounts, request);
      case PROCESSING -> run(PROCESSING, filter, service::processingTimes, request);
      case COMPLAINTS -> run(COMPLAINTS, filter, service::complaints, request);
    };
  }

  private <R> ExportOutcome run(
      ExportTable<R> table,
      StatisticsFilter filter,
      Function<StatisticsFilter, List<R>> figure,
      ExportRequest request) {
    List<R> rows = figure.apply(filter);
    return exports.run(
        table,
        RowSource.of(rows.stream()),
        request,
        (filter == null ? StatisticsFilter.NONE : filter).describe(),
        "-");
  }

  /** Days with a decimal comma, as the CSV writes amounts (empty when there are none). */
  static String decimal(BigDecimal value) {
    return value == null ? null : value.toPlainString().replace('.', ',');
  }
}
