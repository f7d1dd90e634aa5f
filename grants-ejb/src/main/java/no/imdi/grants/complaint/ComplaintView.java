package no.imdi.grants.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.approval.ProposalStatus;

/**
 * A complaint as the pages show it: its case, the contested decision and the deadline it was
 * measured against (R-AP-3, R-AP-4, R-AP-5), where it stands, the month to answer and any interim
 * reply (R-AP-8), IMDi's statement (R-AP-6), the ministry's decision with who made it (R-AP-7), and
 * the documents sent with it.
 */
public record ComplaintView(
    long id,
    long version,
    long caseId,
    String caseNumber,
    ComplaintState state,
    long decisionId,
    long applicationId,
    Long contestedLetterEntryId,
    LocalDate decidedOn,
    LocalDate noticeReceivedOn,
    LocalDate deadline,
    LocalDate sentOn,
    Timeliness timeliness,
    LocalDate lastDateForLateComplaint,
    String grounds,
    String changeAsked,
    String delayReason,
    String receivedBy,
    Instant receivedAt,
    String lateAssessment,
    String reversalReason,
    String statement,
    ProposalStatus statementStatus,
    String statementPreparedBy,
    String statementReviewComment,
    LocalDate forwardedOn,
    MinistryOutcome ministryOutcome,
    String ministryReason,
    String ministryDecidedBy,
    Instant ministryDecidedAt,
    LocalDate answerDue,
    boolean overdue,
    LocalDate interimReplyOn,
    LocalDate expectedAnswerOn,
    List<String> attachments) {

  public ComplaintView {
    attachments = List.copyOf(attachments);
  }

  /** For lists that do not show the complaint's attachments. */
  public static ComplaintView of(Complaint k) {
    return of(k, List.of());
  }

  /** With the titles of the documents sent with the complaint. */
  public static ComplaintView of(Complaint k, List<String> attachments) {
    ContestedDecision c = k.getContested();
    ComplaintReceipt r = k.getReceipt();
    ComplaintProgress p = k.getProgress();
    Optional<ComplaintStatement> statement =
        k.getStatements().isEmpty()
            ? Optional.empty()
            : Optional.of(k.getStatements().get(k.getStatements().size() - 1));
    return new ComplaintView(
        k.getId(),
        k.getVersion(),
        k.getCaseFile().getId(),
        k.getCaseFile().getNumber().toString(),
        k.getState(),
        c.getDecisionId(),
        c.getApplicationId(),
        c.getLetterEntryId(),
        c.getDecidedOn(),
        c.getNoticeReceivedOn(),
        r.getDeadline(),
        r.getSentOn(),
        r.getTimeliness(),
        r.getLastDateForLateComplaint(),
        r.getGrounds(),
        r.getChangeAsked(),
        r.getDelayReason(),
        r.getReceivedBy(),
        r.getReceivedAt(),
        p.getLateAssessment(),
        p.getReversalReason(),
        statement.map(ComplaintStatement::getText).orElse(null),
        statement.map(ComplaintStatement::getStatus).orElse(null),
        statement.map(s -> s.getProposal().getPreparedBy()).orElse(null),
        statement.map(s -> s.getProposal().getReviewComment()).orElse(null),
        p.getForwardedOn(),
        p.getMinistryOutcome(),
        p.getMinistryReason(),
        p.getMinistryDecidedBy(),
        p.getMinistryDecidedAt(),
        k.getState().isOpen() ? k.answerDue().due() : null,
        k.isOverdue(),
        p.getInterimReplyOn(),
        p.getExpectedAnswerOn(),
        attachments);
  }

  public boolean isLate() {
    return timeliness != Timeliness.IN_TIME;
  }
}
