package no.imdi.grants.web.casefile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.disability.application.ApplicationDetails;
import no.imdi.grants.disability.application.ApplicationView;
import no.imdi.grants.disability.application.CostLineEntry;
import no.imdi.grants.disability.application.DraftContent;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.MeasureInput;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.shared.Nok;

/**
 * What the application form holds while the municipality fills it in: the health information
 * (R-T-TG-2), the names the consent releases (R-DOC-1), the answers that add checklist items
 * (R-DOC-5, R-DOC-6, R-DOC-9), the employer's contribution zone (R-COST-3) and the measures with
 * their cost lines (R-COST-2, R-COST-7), other bodies' funding (R-COST-6) and what is beyond the EM
 * grant (R-COST-5). Rates are typed as percentages and sent as fractions.
 */
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One cost line as typed. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private String role;
    private BigDecimal hourlyPay;
    private BigDecimal hours;
    private TimeCategory category = TimeCategory.DIRECT_USER_TIME;
    private BigDecimal holidayPayPercent;
    private BigDecimal pensionPercent;

    CostLine toCostLine() {
      return new CostLine(
          role,
          hourlyPay == null ? null : Nok.of(hourlyPay),
          hours,
          category,
          fraction(holidayPayPercent),
          fraction(pensionPercent));
    }

    boolean complete() {
      return role != null
          && hourlyPay != null
          && hours != null
          && category != null
          && holidayPayPercent != null
          && pensionPercent != null;
    }

    static Line of(CostLineEntry e) {
      Line l = new Line();
      l.role = e.role();
      l.hourlyPay = e.hourlyPay();
      l.hours = e.hours();
      l.category = e.category();
      l.holidayPayPercent = percent(e.holidayPayRate());
      l.pensionPercent = percent(e.pensionRate());
      return l;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public BigDecimal getHourlyPay() {
      return hourlyPay;
    }

    public void setHourlyPay(BigDecimal hourlyPay) {
      this.hourlyPay = hourlyPay;
    }

    public BigDecimal getHours() {
      return hours;
    }

    public void setHours(BigDecimal hours) {
      this.hours = hours;
    }

    public TimeCategory getCategory() {
      return category;
    }

    public void setCategory(TimeCategory category) {
      this.category = category;
    }

    public BigDecimal getHolidayPayPercent() {
      return holidayPayPercent;
    }

    public void setHolidayPayPercent(BigDecimal holidayPayPercent) {
      this.holidayPayPercent = holidayPayPercent;
    }

    public BigDecimal getPensionPercent() {
      return pensionPercent;
    }

    public void setPensionPercent(BigDecimal pensionPercent) {
      this.pensionPercent = pensionPercent;
    }
  }

  /** One measure as typed. */
  public static class MeasureRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String otherFunding;
    private String beyondEmGrant;
    private final List<Line> lines = new ArrayList<>();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getOtherFunding() {
      return otherFunding;
    }

    public void setOtherFunding(String otherFunding) {
      this.otherFunding = otherFunding;
    }

    public String getBeyondEmGrant() {
      return beyondEmGrant;
    }

    public void setBeyondEmGrant(String beyondEmGrant) {
      this.beyondEmGrant = beyondEmGrant;
    }

    public List<Line> getLines() {
      return lines;
    }
  }

  private String impairment;
  private String arose;
  private Boolean aroseBeforeSettlement;
  private String helpNeeded;
  private String consentNames;
  private ContributionZone zone;
  private Boolean servicesNeedingDecision;
  private Boolean pedagogicalMeasures;
  private Boolean newHealthInformation;
  private final List<MeasureRow> measures = new ArrayList<>();

  /** The form of a stored application and its health information. */
  public static ApplicationForm of(ApplicationView view, HealthInformation health) {
    ApplicationForm f = new ApplicationForm();
    HealthInformation h = health == null ? HealthInformation.NONE : health;
    f.impairment = h.impairment();
    f.arose = h.arose();
    f.aroseBeforeSettlement = h.aroseBeforeSettlement();
    f.helpNeeded = h.helpNeeded();
    ApplicationDetails d = view.details() == null ? ApplicationDetails.NONE : view.details();
    f.consentNames = d.consentNames();
    f.zone = d.zone();
    f.servicesNeedingDecision = d.servicesNeedingIndividualDecision();
    f.pedagogicalMeasures = d.pedagogicalMeasures();
    f.newHealthInformation = d.newHealthInformation();
    for (ApplicationView.MeasureView m : view.measures()) {
      MeasureRow row = new MeasureRow();
      row.name = m.name();
      row.otherFunding = m.otherFunding();
      row.beyondEmGrant = m.beyondEmGrant();
      m.lines().forEach(l -> row.lines.add(Line.of(l)));
      f.measures.add(row);
    }
    return f;
  }

  /** Everything typed, as one save of the draft. */
  public DraftContent toDraft() {
    return new DraftContent(
        new HealthInformation(impairment, arose, aroseBeforeSettlement, helpNeeded),
        consentNames,
        zone,
        servicesNeedingDecision,
        pedagogicalMeasures,
        newHealthInformation,
        measures.stream()
            .map(
                m ->
                    new MeasureInput(
                        m.name,
                        m.otherFunding,
                        m.beyondEmGrant,
                        m.lines.stream().map(Line::toCostLine).toList()))
            .toList());
  }

  /** The measures whose lines are all filled in, for the live cost calculation. */
  public List<Measure> calculable() {
    return measures.stream()
        .filter(m -> !m.lines.isEmpty() && m.lines.stream().allMatch(Line::complete))
        .map(
            m ->
                new Measure(
                    m.name == null || m.name.isBlank() ? "?" : m.name,
                    m.lines.stream().map(Line::toCostLine).toList()))
        .toList();
  }

  public void addMeasure() {
    MeasureRow row = new MeasureRow();
    row.lines.add(new Line());
    measures.add(row);
  }

  public void removeMeasure(int index) {
    if (index >= 0 && index < measures.size()) {
      measures.remove(index);
    }
  }

  public void addLine(int measure) {
    if (measure >= 0 && measure < measures.size()) {
      measures.get(measure).lines.add(new Line());
    }
  }

  public void removeLine(int measure, int line) {
    if (measure >= 0 && measure < measures.size()) {
      List<Line> lines = measures.get(measure).lines;
      if (line >= 0 && line < lines.size()) {
        lines.remove(line);
      }
    }
  }

  private static BigDecimal fraction(BigDecimal percent) {
    return percent == null ? null : percent.divide(HUNDRED).stripTrailingZeros();
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction == null
        ? null
        : fraction.multiply(HUNDRED).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  public List<MeasureRow> getMeasures() {
    return measures;
  }

  public String getImpairment() {
    return impairment;
  }

  public void setImpairment(String impairment) {
    this.impairment = impairment;
  }

  public String getArose() {
    return arose;
  }

  public void setArose(String arose) {
    this.arose = arose;
  }

  public Boolean getAroseBeforeSettlement() {
    return aroseBeforeSettlement;
  }

  public void setAroseBeforeSettlement(Boolean aroseBeforeSettlement) {
    this.aroseBeforeSettlement = aroseBeforeSettlement;
  }

  public String getHelpNeeded() {
    return helpNeeded;
  }

  public void setHelpNeeded(String helpNeeded) {
    this.helpNeeded = helpNeeded;
  }

  public String getConsentNames() {
    return consentNames;
  }

  public void setConsentNames(String consentNames) {
    this.consentNames = consentNames;
  }

  public ContributionZone getZone() {
    return zone;
  }

  public void setZone(ContributionZone zone) {
    this.zone = zone;
  }

  public Boolean getServicesNeedingDecision() {
    return servicesNeedingDecision;
  }

  public void setServicesNeedingDecision(Boolean servicesNeedingDecision) {
    this.servicesNeedingDecision = servicesNeedingDecision;
  }

  public Boolean getPedagogicalMeasures() {
    return pedagogicalMeasures;
  }

  public void setPedagogicalMeasures(Boolean pedagogicalMeasures) {
    this.pedagogicalMeasures = pedagogicalMeasures;
  }

  public Boolean getNewHealthInformation() {
    return newHealthInformation;
  }

  public void setNewHealthInformation(Boolean newHealthInformation) {
    this.newHealthInformation = newHealthInformation;
  }
}
