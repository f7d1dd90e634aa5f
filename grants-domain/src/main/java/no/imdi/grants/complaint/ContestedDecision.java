package no.imdi.grants.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision a complaint is about: which decision and application, its kind (only a dismissal can
 * be appealed, R-AP-2), the day it was made (the one-year limit of R-AP-5 counts from it), the
 * journal entry of its letter, and the day the notice reached the municipality (the letter's
 * delivery to its inbox, or the day it was first opened, as the setting says; R-AP-3).
 */
@Embeddable
public class ContestedDecision {

  @Column(name = "decision_id", nullable = false, updatable = false)
  private Long decisionId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_kind", nullable = false, updatable = false, length = 32)
  private DecisionKind kind;

  @Column(name = "decided_on", nullable = false, updatable = false)
  private LocalDate decidedOn;

  @Column(name = "letter_entry_id", updatable = false)
  private Long letterEntryId;

  @Column(name = "notice_received_on", nullable = false, updatable = false)
  private LocalDate noticeReceivedOn;

  protected ContestedDecision() {}

  public ContestedDecision(
      long decisionId,
      long applicationId,
      DecisionKind kind,
      LocalDate decidedOn,
      Long letterEntryId,
      LocalDate noticeReceivedOn) {
    this.decisionId = decisionId;
    this.applicationId = applicationId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
    this.letterEntryId = letterEntryId;
    this.noticeReceivedOn = Objects.requireNonNull(noticeReceivedOn, "noticeReceivedOn");
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public DecisionKind getKind() {
    return kind;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public Long getLetterEntryId() {
    return letterEntryId;
  }

  public LocalDate getNoticeReceivedOn() {
    return noticeReceivedOn;
  }
}
