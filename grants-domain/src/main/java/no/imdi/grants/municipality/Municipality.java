package no.imdi.grants.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A Norwegian municipality (*kommune*) as of 1 January 2024 (SSB classification 131): the party
 * that settles refugees and receives the grants. Identified by its four-digit number.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

  @Id
  @Column(name = "number", length = 4)
  private String number;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "county_number", nullable = false, length = 2)
  private String countyNumber;

  @Column(name = "county_name", nullable = false)
  private String countyName;

  @Column(name = "alias")
  private String alias;

  protected Municipality() {}

  public Municipality(String number, String name, String countyNumber, String countyName) {
    this.number = Objects.requireNonNull(number);
    this.name = Objects.requireNonNull(name);
    this.countyNumber = countyNumber;
    this.countyName = countyName;
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getCountyNumber() {
    return countyNumber;
  }

  public String getCountyName() {
    return countyName;
  }

  public String getAlias() {
    return alias;
  }

  /** "0301 Oslo", as shown in lists. */
  public String getLabel() {
    return number + " " + name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Municipality m && number.equals(m.number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }
}
