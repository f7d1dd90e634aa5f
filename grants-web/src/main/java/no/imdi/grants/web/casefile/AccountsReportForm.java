package no.imdi.grants.web.casefile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.report.AccountsReportView;
import no.imdi.grants.disability.report.ReportContent;
import no.imdi.grants.disability.report.ReportMeasureInput;
import no.imdi.grants.shared.Nok;

/**
 * The accounts report form as typed (R-REP-1): each measure with the granted measure it reports on
 * and its actual cost lines, the same lines as the application's (R-COST-7), and an overrun claimed
 * with its reason (R-REP-3). Kept in the view, so a refused step keeps what was typed.
 */
public class AccountsReportForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A measure as typed. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Integer grantedPosition;
    private final List<ApplicationForm.Line> lines = new ArrayList<>();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getGrantedPosition() {
      return grantedPosition;
    }

    public void setGrantedPosition(Integer grantedPosition) {
      this.grantedPosition = grantedPosition;
    }

    public List<ApplicationForm.Line> getLines() {
      return lines;
    }
  }

  private final List<Row> measures = new ArrayList<>();
  private BigDecimal claimedOverrun;
  private String claimReason;

  public static AccountsReportForm of(AccountsReportView view) {
    AccountsReportForm form = new AccountsReportForm();
    for (AccountsReportView.MeasureView m : view.measures()) {
      Row row = new Row();
      row.name = m.name();
      row.grantedPosition = m.grantedPosition();
      for (CostLine l : m.lines()) {
        ApplicationForm.Line line = new ApplicationForm.Line();
        line.setRole(l.role());
        line.setHourlyPay(l.hourlyPay().amount());
        line.setHours(l.hours());
        line.setCategory(l.category());
        line.setHolidayPayPercent(percent(l.holidayPayRate()));
        line.setPensionPercent(percent(l.pensionRate()));
        row.lines.add(line);
      }
      form.measures.add(row);
    }
    form.claimedOverrun = view.claimedOverrun() == null ? null : view.claimedOverrun().amount();
    form.claimReason = view.claimReason();
    return form;
  }

  public ReportContent toContent() {
    return new ReportContent(
        measures.stream()
            .map(
                m ->
                    new ReportMeasureInput(
                        m.name,
                        m.grantedPosition,
                        m.lines.stream().map(ApplicationForm.Line::toCostLine).toList()))
            .toList(),
        claimedOverrun == null ? null : Nok.of(claimedOverrun),
        claimReason);
  }

  /** The measures whose lines are all filled in, for the live totals. */
  public List<Measure> calculable() {
    return measures.stream()
        .filter(
            m -> !m.lines.isEmpty() && m.lines.stream().allMatch(ApplicationForm.Line::complete))
        .map(
            m ->
                new Measure(
                    m.name == null || m.name.isBlank() ? "?" : m.name,
                    m.lines.stream().map(ApplicationForm.Line::toCostLine).toList()))
        .toList();
  }

  public void addMeasure() {
    Row row = new Row();
    row.lines.add(new ApplicationForm.Line());
    measures.add(row);
  }

  public void removeMeasure(int index) {
    if (index >= 0 && index < measures.size()) {
      measures.remove(index);
    }
  }

  public void addLine(int measure) {
    if (measure >= 0 && measure < measures.size()) {
      measures.get(measure).lines.add(new ApplicationForm.Line());
    }
  }

  public void removeLine(int measure, int line) {
    if (measure >= 0 && measure < measures.size()) {
      List<ApplicationForm.Line> lines = measures.get(measure).lines;
      if (line >= 0 && line < lines.size()) {
        lines.remove(line);
      }
    }
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction == null
        ? null
        : fraction.multiply(HUNDRED).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  public List<Row> getMeasures() {
    return measures;
  }

  public BigDecimal getClaimedOverrun() {
    return claimedOverrun;
  }

  public void setClaimedOverrun(BigDecimal claimedOverrun) {
    this.claimedOverrun = claimedOverrun;
  }

  public String getClaimReason() {
    return claimReason;
  }

  public void setClaimReason(String claimReason) {
    this.claimReason = claimReason;
  }
}
