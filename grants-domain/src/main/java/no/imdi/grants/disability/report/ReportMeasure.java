package no.imdi.grants.disability.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.imdi.grants.disability.application.CostLineEntry;
import no.imdi.grants.disability.cost.Measure;

/**
 * A measure of an accounts report with its actual cost lines (R-COST-7), and the granted measure of
 * the decision it reports on ({@code null} for a measure the grant did not cover, R-REP-4).
 */
@Entity
@Table(name = "accounts_report_measure")
public class ReportMeasure {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_report_measure_seq")
  @SequenceGenerator(
      name = "accounts_report_measure_seq",
      sequenceName = "accounts_report_measure_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private AccountsReport report;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "name", nullable = false, length = 255)
  private String name;

  @Column(name = "granted_position")
  private Integer grantedPosition;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "accounts_report_cost_line",
      joinColumns = @JoinColumn(name = "measure_id"))
  @OrderColumn(name = "position")
  private List<CostLineEntry> lines = new ArrayList<>();

  protected ReportMeasure() {}

  ReportMeasure(
      AccountsReport report,
      int position,
      String name,
      Integer grantedPosition,
      List<CostLineEntry> lines) {
    this.report = report;
    this.position = position;
    this.name = name;
    this.grantedPosition = grantedPosition;
    this.lines.addAll(lines);
  }

  public Measure toMeasure() {
    return new Measure(name, lines.stream().map(CostLineEntry::toCostLine).toList());
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public Integer getGrantedPosition() {
    return grantedPosition;
  }

  public List<CostLineEntry> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
