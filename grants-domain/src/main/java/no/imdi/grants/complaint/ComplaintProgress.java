package no.imdi.grants.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What has happened to a complaint since it was received, as its verbs record it: IMDi's assessment
 * of a late complaint (R-AP-5), a reversal (R-AP-6), the day it was forwarded, the ministry's
 * decision and who made it (R-AP-7), and the interim reply and overdue mark of the body that has it
 * now (R-AP-8). Only {@link Complaint} changes it.
 */
@Embeddable
public class ComplaintProgress {

  @Column(name = "late_assessed_by", length = 64)
  private String lateAssessedBy;

  @Column(name = "late_assessed_at")
  private Instant lateAssessedAt;

  @Column(name = "late_assessment", length = Complaint.TEXT_LENGTH)
  private String lateAssessment;

  @Column(name = "reversed_by", length = 64)
  private String reversedBy;

  @Column(name = "reversed_at")
  private Instant reversedAt;

  @Column(name = "reversal_reason", length = Complaint.TEXT_LENGTH)
  private String reversalReason;

  @Column(name = "forwarded_on")
  private LocalDate forwardedOn;

  @Column(name = "forwarded_at")
  private Instant forwardedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ministry_outcome", length = 16)
  private MinistryOutcome ministryOutcome;

  @Column(name = "ministry_decided_by", length = 64)
  private String ministryDecidedBy;

  @Column(name = "ministry_decided_at")
  private Instant ministryDecidedAt;

  @Column(name = "ministry_reason", length = Complaint.TEXT_LENGTH)
  private String ministryReason;

  @Column(name = "interim_reply_on")
  private LocalDate interimReplyOn;

  @Column(name = "interim_reply_by", length = 64)
  private String interimReplyBy;

  @Column(name = "interim_reply_reason", length = Complaint.TEXT_LENGTH)
  private String interimReplyReason;

  @Column(name = "expected_answer_on")
  private LocalDate expectedAnswerOn;

  @Column(name = "overdue_since")
  private LocalDate overdueSince;

  void assessedLate(String by, Instant at, String reason) {
    lateAssessedBy = by;
    lateAssessedAt = at;
    lateAssessment = reason;
  }

  void reversed(String by, Instant at, String reason) {
    reversedBy = by;
    reversedAt = at;
    reversalReason = reason;
  }

  void forwarded(LocalDate on, Instant at) {
    forwardedOn = on;
    forwardedAt = at;
  }

  void decidedByMinistry(MinistryOutcome outcome, String by, Instant at, String reason) {
    ministryOutcome = outcome;
    ministryDecidedBy = by;
    ministryDecidedAt = at;
    ministryReason = reason;
  }

  void interimReply(LocalDate on, LocalDate expected, String reason, String by) {
    interimReplyOn = on;
    expectedAnswerOn = expected;
    interimReplyReason = reason;
    interimReplyBy = by;
    overdueSince = null;
  }

  void overdue(LocalDate since) {
    overdueSince = since;
  }

  /** The body that had the complaint answered it: its interim reply and overdue mark are done. */
  void answered() {
    overdueSince = null;
    interimReplyOn = null;
    interimReplyBy = null;
    interimReplyReason = null;
    expectedAnswerOn = null;
  }

  public String getLateAssessedBy() {
    return lateAssessedBy;
  }

  public Instant getLateAssessedAt() {
    return lateAssessedAt;
  }

  public String getLateAssessment() {
    return lateAssessment;
  }

  public String getReversedBy() {
    return reversedBy;
  }

  public Instant getReversedAt() {
    return reversedAt;
  }

  public String getReversalReason() {
    return reversalReason;
  }

  public LocalDate getForwardedOn() {
    return forwardedOn;
  }

  public Instant getForwardedAt() {
    return forwardedAt;
  }

  public MinistryOutcome getMinistryOutcome() {
    return ministryOutcome;
  }

  public String getMinistryDecidedBy() {
    return ministryDecidedBy;
  }

  public Instant getMinistryDecidedAt() {
    return ministryDecidedAt;
  }

  public String getMinistryReason() {
    return ministryReason;
  }

  public LocalDate getInterimReplyOn() {
    return interimReplyOn;
  }

  public String getInterimReplyBy() {
    return interimReplyBy;
  }

  public String getInterimReplyReason() {
    return interimReplyReason;
  }

  public LocalDate getExpectedAnswerOn() {
    return expectedAnswerOn;
  }

  public LocalDate getOverdueSince() {
    return overdueSince;
  }
}
