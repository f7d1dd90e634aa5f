package no.imdi.grants.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.municipality.Municipality;

/**
 * A notice to a municipality about one of its persons: a person moved in or out, or IMDi corrected
 * or took back a move. Shown on the municipality's start page (the inbox of the case flow will take
 * them over); it names the person by reference and the other municipality of the move.
 */
@Entity
@Table(name = "municipality_notice")
public class MunicipalityNotice {

  /** What the notice tells. */
  public enum Kind {
    MOVED_IN,
    MOVED_OUT,
    MOVE_CORRECTED,
    MOVE_UNDONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality")
  private Municipality municipality;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "other_municipality")
  private Municipality otherMunicipality;

  @Column(name = "move_date")
  private LocalDate moveDate;

  protected MunicipalityNotice() {}

  public MunicipalityNotice(
      Municipality municipality,
      Instant createdAt,
      Kind kind,
      Person person,
      Municipality otherMunicipality,
      LocalDate moveDate) {
    this.municipality = Objects.requireNonNull(municipality);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.kind = Objects.requireNonNull(kind);
    this.person = Objects.requireNonNull(person);
    this.otherMunicipality = otherMunicipality;
    this.moveDate = moveDate;
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Kind getKind() {
    return kind;
  }

  public Person getPerson() {
    return person;
  }

  public Municipality getOtherMunicipality() {
    return otherMunicipality;
  }

  public LocalDate getMoveDate() {
    return moveDate;
  }
}
