package no.imdi.grants.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The complaint as the municipality sent it: its grounds, the change it asks for, the reason for a
 * delay, the day it was sent, and how it stood against the deadline at that moment (R-AP-3, R-AP-4:
 * the deadline, in time or late; R-AP-5: the last day a late complaint may be considered). Never
 * changed.
 */
@Embeddable
public class ComplaintReceipt {

  @Column(name = "grounds", nullable = false, updatable = false, length = Complaint.TEXT_LENGTH)
  private String grounds;

  @Column(name = "change_asked", updatable = false, length = Complaint.TEXT_LENGTH)
  private String changeAsked;

  @Column(name = "delay_reason", updatable = false, length = Complaint.TEXT_LENGTH)
  private String delayReason;

  @Column(name = "sent_on", nullable = false, updatable = false)
  private LocalDate sentOn;

  @Column(name = "deadline", nullable = false, updatable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "timeliness", nullable = false, updatable = false, length = 32)
  private Timeliness timeliness;

  @Column(name = "last_date_late", nullable = false, updatable = false)
  private LocalDate lastDateForLateComplaint;

  @Column(name = "received_by", nullable = false, updatable = false, length = 64)
  private String receivedBy;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ComplaintReceipt() {}

  ComplaintReceipt(
      String grounds,
      String changeAsked,
      String delayReason,
      ComplaintTimeliness timeliness,
      String receivedBy,
      Instant receivedAt) {
    this.grounds = grounds;
    this.changeAsked = changeAsked;
    this.delayReason = delayReason;
    this.sentOn = timeliness.sent();
    this.deadline = timeliness.deadline().deadline();
    this.timeliness = timeliness.outcome();
    this.lastDateForLateComplaint = timeliness.lastDateForLateComplaint();
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
  }

  public String getGrounds() {
    return grounds;
  }

  public String getChangeAsked() {
    return changeAsked;
  }

  public String getDelayReason() {
    return delayReason;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Timeliness getTimeliness() {
    return timeliness;
  }

  public boolean isLate() {
    return timeliness != Timeliness.IN_TIME;
  }

  public LocalDate getLastDateForLateComplaint() {
    return lastDateForLateComplaint;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
