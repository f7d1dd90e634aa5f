package no.imdi.grants.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A settled person as the register knows them: name, birth date, national identity number
 * (*fødselsnummer* or *D-nummer*) and sex. Every grant is computed for a person; every read of a
 * person's record is written to the access log.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  private Long id;

  @Column(name = "national_id", nullable = false, unique = true, length = 11)
  private String nationalId;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 6)
  private Sex sex;

  /** Lower-case "given family", computed by the database for name search. */
  @Column(name = "search_name", insertable = false, updatable = false, length = 511)
  private String searchName;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Person() {}

  public Person(
      String nationalId, String givenName, String familyName, LocalDate birthDate, Sex sex) {
    this.nationalId = Objects.requireNonNull(nationalId);
    rename(givenName, familyName);
    correctBirth(birthDate, sex);
  }

  public final void rename(String givenName, String familyName) {
    this.givenName = Objects.requireNonNull(givenName).strip();
    this.familyName = Objects.requireNonNull(familyName).strip();
  }

  public final void correctBirth(LocalDate birthDate, Sex sex) {
    this.birthDate = Objects.requireNonNull(birthDate);
    this.sex = Objects.requireNonNull(sex);
  }

  public void correctNationalId(String nationalId) {
    this.nationalId = Objects.requireNonNull(nationalId);
  }

  public Long getId() {
    return id;
  }

  public String getNationalId() {
    return nationalId;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getFullName() {
    return givenName + " " + familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public long getVersion() {
    return version;
  }
}
