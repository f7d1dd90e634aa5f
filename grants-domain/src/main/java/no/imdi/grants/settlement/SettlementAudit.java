package no.imdi.grants.settlement;

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
 * One audited change of a settlement's place: a move registered, corrected or taken back (IMDi's
 * correction of a wrong move), by whom, when, what (from where to where, from which date) and why;
 * or IMDi's correction of the facts the payment needs (household and registration date). Never
 * changed.
 */
@Entity
@Table(name = "settlement_audit")
public class SettlementAudit {

  /** What was done. */
  public enum Action {
    MOVED,
    MOVE_CORRECTED,
    MOVE_UNDONE,
    /** IMDi corrected the household (R-IG-4) or the registration date (R-IG-5). */
    PAYMENT_FACTS_CORRECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "settlement_id", nullable = false)
  private Long settlementId;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 32)
  private Action action;

  @Column(name = "details", nullable = false, length = 1000)
  private String details;

  @Column(name = "reason", length = 1000)
  private String reason;

  protected SettlementAudit() {}

  public SettlementAudit(
      Long settlementId,
      String username,
      Instant at,
      Action action,
      String details,
      String reason) {
    this.settlementId = Objects.requireNonNull(settlementId);
    this.username = Objects.requireNonNull(username);
    this.at = Objects.requireNonNull(at);
    this.action = Objects.requireNonNull(action);
    this.details = Objects.requireNonNull(details);
    this.reason = reason;
  }

  public Long getSettlementId() {
    return settlementId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getAt() {
    return at;
  }

  public Action getAction() {
    return action;
  }

  public String getDetails() {
    return details;
  }

  public String getReason() {
    return reason;
  }
}
