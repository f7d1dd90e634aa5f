package no.imdi.grants.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/**
 * Maker/checker (*fire øyne*): something prepared by one IMDi officer that takes effect only when a
 * second officer, an {@code IMDI_APPROVER} who is not the preparer, approves it; the approver may
 * instead send it back with a comment. Both names and times are kept. Used by decisions, and meant
 * for payment runs, accounts-report outcomes and complaint statements alike, so the rule is written
 * once. The services check the same rule again before they call it.
 */
@Embeddable
public class Proposal {

  static final int COMMENT_LENGTH = 4000;

  @Column(name = "prepared_by", nullable = false, updatable = false, length = 64)
  private String preparedBy;

  @Column(name = "prepared_at", nullable = false, updatable = false)
  private Instant preparedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposal_status", nullable = false, length = 16)
  private ProposalStatus status;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment", length = COMMENT_LENGTH)
  private String reviewComment;

  protected Proposal() {}

  private Proposal(String preparedBy, Instant preparedAt) {
    this.preparedBy = preparedBy;
    this.preparedAt = preparedAt;
    this.status = ProposalStatus.PENDING;
  }

  /** A proposal prepared by an IMDi officer, waiting for a checker. */
  public static Proposal preparedBy(Actor preparer, Instant at) {
    if (!preparer.isImdi()) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, preparer.role());
    }
    return new Proposal(preparer.username(), Objects.requireNonNull(at, "at"));
  }

  /** The checker approves; refused for anyone but an IMDI_APPROVER other than the preparer. */
  public StateChange<ProposalStatus> approve(Actor approver, Instant at, String comment) {
    String text = Texts.optional("comment", comment, COMMENT_LENGTH);
    return review(approver, at, text, ProposalStatus.APPROVED, "approve");
  }

  /** The checker sends it back to the preparer, saying why. */
  public StateChange<ProposalStatus> sendBack(Actor approver, Instant at, String comment) {
    String text = Texts.required("comment", comment, COMMENT_LENGTH);
    return review(approver, at, text, ProposalStatus.SENT_BACK, "sendBack");
  }

  /** Whether this actor may check the proposal: an approver, not the one who prepared it. */
  public boolean mayBeCheckedBy(Actor actor) {
    return actor.is(Role.IMDI_APPROVER) && !actor.isSamePersonAs(preparedBy);
  }

  private StateChange<ProposalStatus> review(
      Actor approver, Instant at, String comment, ProposalStatus outcome, String action) {
    if (status != ProposalStatus.PENDING) {
      throw Refusal.of(CaseMessage.PROPOSAL_NOT_PENDING, status);
    }
    if (!approver.is(Role.IMDI_APPROVER)) {
      throw Refusal.of(CaseMessage.PROPOSAL_APPROVER_ROLE, approver.role());
    }
    if (approver.isSamePersonAs(preparedBy)) {
      throw Refusal.of(CaseMessage.PROPOSAL_OWN, preparedBy);
    }
    if (at.isBefore(preparedAt)) {
      throw new IllegalArgumentException("A proposal cannot be checked before it was prepared");
    }
    status = outcome;
    reviewedBy = approver.username();
    reviewedAt = at;
    reviewComment = comment;
    return new StateChange<>(
        action, ProposalStatus.PENDING, outcome, approver.username(), at, comment);
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }
}
