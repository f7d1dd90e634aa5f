package no.imdi.grants.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a case's audit trail: a state change of the case or of a matter in it (which matter,
 * the action, from which state to which, who, when, why). Written by the services for every {@link
 * StateChange}; kept apart from the access log (reads of health data) and the security log
 * (refusals). Never changed: the database refuses updates and deletes.
 */
@Entity
@Table(name = "case_audit")
public class CaseAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "matter", nullable = false, updatable = false, length = 32)
  private MatterKind matter;

  @Column(name = "matter_id", nullable = false, updatable = false)
  private Long matterId;

  @Column(name = "action", nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "from_state", updatable = false, length = 32)
  private String fromState;

  @Column(name = "to_state", nullable = false, updatable = false, length = 32)
  private String toState;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "reason", updatable = false, length = 4000)
  private String reason;

  protected CaseAudit() {}

  public CaseAudit(long caseId, MatterKind matter, long matterId, StateChange<?> change) {
    this.caseId = caseId;
    this.matter = Objects.requireNonNull(matter, "matter");
    this.matterId = matterId;
    this.action = change.action();
    this.fromState = change.from() == null ? null : change.from().name();
    this.toState = change.to().name();
    this.username = change.by();
    this.at = change.at();
    this.reason = change.why();
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public MatterKind getMatter() {
    return matter;
  }

  public Long getMatterId() {
    return matterId;
  }

  public String getAction() {
    return action;
  }

  public String getFromState() {
    return fromState;
  }

  public String getToState() {
    return toState;
  }

  public String getUsername() {
    return username;
  }

  public Instant getAt() {
    return at;
  }

  public String getReason() {
    return reason;
  }
}
