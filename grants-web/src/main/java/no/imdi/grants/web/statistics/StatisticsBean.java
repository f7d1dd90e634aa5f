package no.imdi.grants.web.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.statistics.Statistics;
import no.imdi.grants.statistics.StatisticsExport;
import no.imdi.grants.statistics.StatisticsExport.Figure;
import no.imdi.grants.statistics.StatisticsFilter;
import no.imdi.grants.statistics.StatisticsService;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The statistics page: the filter (period of years; county and municipality for IMDi's roles), the
 * five figures, each as a chart with its text alternative and a table of the same numbers, and each
 * table's export with the filter shown. A municipality's user sees its own municipality only (the
 * service forces it); the ministry and the administrator get 403.
 */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StatisticsService service;
  @EJB private StatisticsExport export;
  @EJB private MunicipalityDirectory municipalityDirectory;
  @Inject private SessionUser sessionUser;
  @Inject private Messages messages;
  @Inject private ExportDownload download;

  private Integer fromYear;
  private Integer toYear;
  private String county;
  private String municipality;
  private Statistics statistics;
  private Map<String, String> charts;
  private List<Municipality> municipalities;

  public void open() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!sessionUser.isSeesSettlements()) {
      Pages.refuse(faces, 403);
      return;
    }
    if (!faces.isPostback()) {
      load(StatisticsFilter.NONE);
    }
  }

  /** Shows the figures of the filter the form holds. */
  public void apply() {
    load(new StatisticsFilter(fromYear, toYear, county, municipality));
  }

  /** Back to every year and place the caller may see. */
  public void reset() {
    fromYear = null;
    toYear = null;
    county = null;
    municipality = null;
    load(StatisticsFilter.NONE);
  }

  private void load(StatisticsFilter filter) {
    try {
      statistics = service.all(filter);
      charts = null;
    } catch (InvalidInputException e) {
      messages.addProblems("filterForm", e.problems());
    }
  }

  /** The figure's table as CSV or XLSX, with the filter the page shows now. */
  public void export(String figure, String format) {
    Figure which = Figure.valueOf(figure);
    StatisticsFilter shown = statistics == null ? StatisticsFilter.NONE : statistics.applied();
    download.send(
        StatisticsExport.table(which),
        ExportFormat.valueOf(format),
        request -> export.export(which, shown, request));
  }

  public Statistics getStatistics() {
    return statistics;
  }

  /** The chart configurations and labels by name ({@code settled}, {@code settledLabel}, ...). */
  public Map<String, String> getCharts() {
    if (charts == null && statistics != null) {
      StatisticsCharts c = new StatisticsCharts(statistics, messages);
      Map<String, String> m = new LinkedHashMap<>();
      m.put("settled", c.settled());
      m.put("settledLabel", c.settledLabel());
      m.put("applications", c.applications());
      m.put("applicationsLabel", c.applicationsLabel());
      m.put("amounts", c.amounts());
      m.put("amountsLabel", c.amountsLabel());
      m.put("processing", c.processing());
      m.put("processingLabel", c.processingLabel());
      m.put("complaints", c.complaints());
      m.put("complaintsLabel", c.complaintsLabel());
      charts = m;
    }
    return charts == null ? Map.of() : charts;
  }

  /** The municipality the figures are for, when one is chosen or forced (its name). */
  public String getShownMunicipality() {
    if (statistics == null || statistics.applied().municipalityNumber() == null) {
      return null;
    }
    return municipalityDirectory
        .find(statistics.applied().municipalityNumber())
        .map(Municipality::getName)
        .orElse(statistics.applied().municipalityNumber());
  }

  /** What the figures are for: the period and the place, e.g. "2023–2024, Bergen". */
  public String getShownText() {
    if (statistics == null) {
      return "";
    }
    StatisticsFilter f = statistics.applied();
    String from = f.fromYear() == null ? messages.text("stats.open") : f.fromYear().toString();
    String to = f.toYear() == null ? messages.text("stats.open") : f.toYear().toString();
    String place =
        getShownMunicipality() != null
            ? getShownMunicipality()
            : f.countyNumber() != null
                ? getCounties().getOrDefault(f.countyNumber(), f.countyNumber())
                : messages.text("stats.allMunicipalities");
    return messages.text("stats.shown", from, to, place);
  }

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = municipalityDirectory.all();
    }
    return municipalities;
  }

  /** The counties (number and name), in number order. */
  public Map<String, String> getCounties() {
    Map<String, String> counties = new java.util.TreeMap<>();
    for (Municipality m : getMunicipalities()) {
      counties.putIfAbsent(m.getCountyNumber(), m.getCountyName());
    }
    return counties;
  }

  public List<Map.Entry<String, String>> getCountyList() {
    return List.copyOf(getCounties().entrySet());
  }

  public String number(long value) {
    return numberText(value);
  }

  public String amount(long ore) {
    return amountText(ore);
  }

  /** Days with one decimal and a decimal comma ({@code 26,3}). */
  public String days(BigDecimal days) {
    return days == null ? "" : days.toPlainString().replace('.', ',');
  }

  static String numberText(long value) {
    return Formats.number(BigDecimal.valueOf(value), ',');
  }

  static String amountText(long ore) {
    return Formats.amount(Nok.of(BigDecimal.valueOf(ore, 2)));
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public void setToYear(Integer toYear) {
    this.toYear = toYear;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }
}
