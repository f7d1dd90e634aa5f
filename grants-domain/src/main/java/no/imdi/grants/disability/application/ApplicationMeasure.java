package no.imdi.grants.disability.application;

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
import no.imdi.grants.disability.cost.Measure;

/**
 * A measure (*tiltak*) of an application, put in place because of the impairment: its name, what
 * other bodies fund (R-COST-6), what is beyond the EM grant for an unaccompanied minor (R-COST-5),
 * and its cost lines (R-COST-7). A decision that grants part of an application names the measures
 * it grants.
 */
@Entity
@Table(name = "application_measure")
public class ApplicationMeasure {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_measure_seq")
  @SequenceGenerator(
      name = "application_measure_seq",
      sequenceName = "application_measure_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "name", nullable = false, length = 255)
  private String name;

  @Column(name = "other_funding", length = 2000)
  private String otherFunding;

  @Column(name = "beyond_em_grant", length = 2000)
  private String beyondEmGrant;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "application_cost_line", joinColumns = @JoinColumn(name = "measure_id"))
  @OrderColumn(name = "position")
  private List<CostLineEntry> lines = new ArrayList<>();

  protected ApplicationMeasure() {}

  ApplicationMeasure(
      Application application,
      int position,
      String name,
      String otherFunding,
      String beyondEmGrant,
      List<CostLineEntry> lines) {
    this.application = application;
    this.position = position;
    this.name = name;
    this.otherFunding = otherFunding;
    this.beyondEmGrant = beyondEmGrant;
    this.lines.addAll(lines);
  }

  /** The measure as the cost calculation takes it. */
  public Measure toMeasure() {
    return new Measure(name, lines.stream().map(CostLineEntry::toCostLine).toList());
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getOtherFunding() {
    return otherFunding;
  }

  public String getBeyondEmGrant() {
    return beyondEmGrant;
  }

  public List<CostLineEntry> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
