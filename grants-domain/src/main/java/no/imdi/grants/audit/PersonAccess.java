package no.imdi.grants.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One read of a person's record: who, when, which person, and why. Written for every read, kept
 * apart from the record itself, never changed.
 */
@Entity
@Table(name = "person_access_log")
public class PersonAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(name = "purpose", nullable = false)
  private String purpose;

  protected PersonAccess() {}

  public PersonAccess(String username, Instant accessedAt, Long personId, String purpose) {
    this.username = Objects.requireNonNull(username);
    this.accessedAt = Objects.requireNonNull(accessedAt);
    this.personId = Objects.requireNonNull(personId);
    this.purpose = Objects.requireNonNull(purpose);
  }

  public String getUsername() {
    return username;
  }

  public Instant getAccessedAt() {
    return accessedAt;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getPurpose() {
    return purpose;
  }
}
