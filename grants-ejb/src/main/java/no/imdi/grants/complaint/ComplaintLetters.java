package no.imdi.grants.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.disability.application.Submission;
import no.imdi.grants.letter.ComplaintLetterContent;
import no.imdi.grants.letter.GrantSubject;
import no.imdi.grants.letter.LetterKind;
import no.imdi.grants.letter.Reason;

/**
 * What each letter of a complaint says, from the complaint as it stands after the change that
 * called for it: the contested dismissal and the complaint's dates, and the letter's own text (the
 * interim reply's reason and expected date, IMDi's assessment, reversal or statement, the
 * ministry's decision). The dismissal of a late complaint counts its own complaint deadline from
 * its delivery today (R-AP-3).
 */
@ApplicationScoped
public class ComplaintLetters {

  @Inject private CaseFacts facts;
  @Inject private ComplaintSettings settings;

  protected ComplaintLetters() {}

  public ComplaintLetters(CaseFacts facts, ComplaintSettings settings) {
    this.facts = facts;
    this.settings = settings;
  }

  public ComplaintLetterContent content(
      Complaint complaint,
      Application application,
      ComplaintLetter letter,
      String municipality,
      LocalDate today) {
    ContestedDecision contested = complaint.getContested();
    ComplaintReceipt receipt = complaint.getReceipt();
    ComplaintProgress progress = complaint.getProgress();
    SettlementFacts person = facts.facts(complaint.getCaseFile());
    Submission submission = application.getSubmission();
    LocalDate received =
        submission == null || submission.receivedOn() == null
            ? contested.getDecidedOn()
            : submission.receivedOn();
    GrantSubject subject =
        new GrantSubject(
            application.getKind(),
            GrantYear.of(person.referenceDate().date(), application.getGrantYear()),
            received);
    List<Reason> reasons = List.of();
    String text = "";
    LocalDate expected = null;
    MinistryOutcome outcome = null;
    ComplaintDeadline ownDeadline = null;
    LetterKind kind;
    switch (letter) {
      case RECEIPT -> {
        kind = LetterKind.COMPLAINT_RECEIPT;
        reasons =
            List.of(
                Reason.of(
                    ComplaintTimeliness.assess(
                            contested.getDecidedOn(),
                            contested.getNoticeReceivedOn(),
                            receipt.getSentOn(),
                            settings.rollForward())
                        .explanation()));
        expected = complaint.answerDue().due();
      }
      case INTERIM_REPLY -> {
        kind = LetterKind.COMPLAINT_INTERIM_REPLY;
        text = progress.getInterimReplyReason();
        expected = progress.getExpectedAnswerOn();
      }
      case LATE_DISMISSAL -> {
        kind = LetterKind.COMPLAINT_DISMISSAL;
        text = progress.getLateAssessment();
        ownDeadline = ComplaintDeadline.forNotice(today, settings.rollForward());
      }
      case REVERSAL -> {
        kind = LetterKind.COMPLAINT_REVERSAL;
        text = progress.getReversalReason();
      }
      case STATEMENT -> {
        kind = LetterKind.COMPLAINT_STATEMENT;
        text = complaint.forwardingStatement().orElseThrow().getText();
      }
      default -> {
        kind = LetterKind.MINISTRY_DECISION;
        text = progress.getMinistryReason();
        outcome = progress.getMinistryOutcome();
      }
    }
    return new ComplaintLetterContent(
        kind,
        subject,
        contested.getDecidedOn(),
        receipt.getSentOn(),
        receipt.isLate(),
        reasons,
        text,
        expected,
        outcome,
        ownDeadline,
        municipality);
  }
}
