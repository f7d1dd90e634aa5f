package no.imdi.grants.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;

/**
 * A case file (*sak*, Noark *saksmappe*): one person's file in one grant scheme, with its case
 * number ({@code 2026/00123}). Applications, requests and enquiries are matters inside it; they
 * share its journal, its audit trail and its municipality scope (the municipality the person lives
 * in). An IMDi caseworker takes the case to work on it and hands it back.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  private Long id;

  @Embedded private CaseNumber number;

  @Enumerated(EnumType.STRING)
  @Column(name = "scheme", nullable = false, updatable = false, length = 32)
  private Scheme scheme;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
  private String openedBy;

  @Column(name = "assigned_to", length = 64)
  private String assignedTo;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CaseFile() {}

  private CaseFile(CaseNumber number, Scheme scheme, Person person, String by, Instant at) {
    this.number = Objects.requireNonNull(number, "number");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.person = Objects.requireNonNull(person, "person");
    this.openedBy = by;
    this.openedAt = Objects.requireNonNull(at, "at");
  }

  /** Opens the person's case in the scheme; a municipality's caseworker or IMDi opens it. */
  public static CaseFile open(
      CaseNumber number, Scheme scheme, Person person, Actor by, Instant at) {
    if (!by.isImdi() && !by.is(Role.MUNICIPALITY_CASEWORKER)) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
    return new CaseFile(number, scheme, person, by.username(), at);
  }

  /** An IMDi caseworker takes the case; refused while someone else has it. */
  public StateChange<Handling> take(Actor by, Instant at) {
    if (!by.is(Role.IMDI_CASEWORKER)) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
    if (assignedTo != null && !by.isSamePersonAs(assignedTo)) {
      throw Refusal.of(CaseMessage.CASE_TAKEN_BY_OTHER, number.toString(), assignedTo);
    }
    if (assignedTo != null) {
      throw Refusal.of(CaseMessage.CASE_ALREADY_YOURS, number.toString());
    }
    assignedTo = by.username();
    assignedAt = at;
    return new StateChange<>(
        "take", Handling.UNASSIGNED, Handling.ASSIGNED, by.username(), at, null);
  }

  /** The caseworker who has the case hands it back to the queue. */
  public StateChange<Handling> handBack(Actor by, Instant at, String why) {
    requireTakenBy(by);
    String reason = Texts.optional("reason", why, 1000);
    assignedTo = null;
    assignedAt = null;
    return new StateChange<>(
        "handBack", Handling.ASSIGNED, Handling.UNASSIGNED, by.username(), at, reason);
  }

  /** Refuses unless the case is assigned to this IMDi caseworker (IMDi's work needs it taken). */
  public void requireTakenBy(Actor by) {
    if (assignedTo == null) {
      throw Refusal.of(CaseMessage.CASE_NOT_TAKEN, number.toString());
    }
    if (!by.isSamePersonAs(assignedTo)) {
      throw Refusal.of(CaseMessage.CASE_TAKEN_BY_OTHER, number.toString(), assignedTo);
    }
  }

  public Handling handling() {
    return assignedTo == null ? Handling.UNASSIGNED : Handling.ASSIGNED;
  }

  public Long getId() {
    return id;
  }

  public CaseNumber getNumber() {
    return number;
  }

  public Scheme getScheme() {
    return scheme;
  }

  public Person getPerson() {
    return person;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public String getAssignedTo() {
    return assignedTo;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public long getVersion() {
    return version;
  }
}
