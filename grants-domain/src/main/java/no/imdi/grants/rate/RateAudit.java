package no.imdi.grants.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited change of the rate table: which row, what was done, by whom, when, why (the reason
 * the administrator gave), and the values before and after ({@link AuditedChange}).
 */
@Entity
@Table(name = "rate_audit")
public class RateAudit {

  /** What was done to a rate row. */
  public enum Action {
    CREATED,
    SUPERSEDED,
    VERIFIED
  }

  /** Room for the old and the new value of every field of a row. */
  public static final int MAX_DETAILS = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rate_id", nullable = false)
  private Long rateId;

  @Column(name = "action", nullable = false, length = 16)
  private String action;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "details", nullable = false, length = MAX_DETAILS)
  private String details;

  @Column(name = "reason", length = 1000)
  private String reason;

  protected RateAudit() {}

  public RateAudit(
      Long rateId, Action action, String username, Instant at, String details, String reason) {
    this.reason = reason;
    this.rateId = Objects.requireNonNull(rateId);
    this.action = action.name();
    this.username = Objects.requireNonNull(username);
    this.at = Objects.requireNonNull(at);
    this.details = Objects.requireNonNull(details);
  }

  public Long getId() {
    return id;
  }

  public Long getRateId() {
    return rateId;
  }

  public String getAction() {
    return action;
  }

  public String getUsername() {
    return username;
  }

  public Instant getAt() {
    return at;
  }

  public String getDetails() {
    return details;
  }

  /** The changes as data; empty for an audit row written before changes were stored as data. */
  public java.util.List<AuditedChange> getChanges() {
    return AuditedChange.decode(details);
  }

  public String getReason() {
    return reason;
  }
}
