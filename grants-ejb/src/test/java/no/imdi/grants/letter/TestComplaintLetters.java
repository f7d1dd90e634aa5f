package no.imdi.grants.letter;

import static no.imdi.grants.letter.TestLetters.letter;
import static no.imdi.grants.letter.TestLetters.subject;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.ComplaintTimeliness;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.disability.GrantKind;

/**
 * The letters of a complaint on the dismissal of 02.02.2026 (delivered that day, deadline
 * 23.02.2026), sent on 20.02.2026 in time, or on 27.02.2026 late: one of every kind (R-AP).
 */
final class TestComplaintLetters {

  static final LocalDate DECIDED = LocalDate.of(2026, 2, 2);
  static final LocalDate SENT = LocalDate.of(2026, 2, 20);
  static final LocalDate SENT_LATE = LocalDate.of(2026, 2, 27);

  private TestComplaintLetters() {}

  static LetterModel receipt() {
    ComplaintTimeliness late = ComplaintTimeliness.assess(DECIDED, DECIDED, SENT_LATE);
    return letter(
        content(
            LetterKind.COMPLAINT_RECEIPT,
            SENT_LATE,
            true,
            List.of(Reason.of(late.explanation())),
            "",
            LocalDate.of(2026, 3, 27),
            null,
            null));
  }

  static LetterModel interimReply() {
    return letter(
        content(
            LetterKind.COMPLAINT_INTERIM_REPLY,
            SENT,
            false,
            List.of(),
            "Mange klagesaker denne våren.",
            LocalDate.of(2026, 4, 15),
            null,
            null));
  }

  static LetterModel lateDismissal() {
    return letter(
        content(
            LetterKind.COMPLAINT_DISMISSAL,
            SENT_LATE,
            true,
            List.of(),
            "Kommunen har ikke vist hvorfor klagen kom for sent.",
            null,
            null,
            ComplaintDeadline.forNotice(TestLetters.LETTER_DATE)));
  }

  static LetterModel reversal() {
    return letter(
        content(
            LetterKind.COMPLAINT_REVERSAL,
            SENT,
            false,
            List.of(),
            "Søknaden kom inn før fristen; portalen registrerte feil dato.",
            null,
            null,
            null));
  }

  static LetterModel statement() {
    return letter(
        content(
            LetterKind.COMPLAINT_STATEMENT,
            SENT,
            false,
            List.of(),
            "IMDi mener søknaden kom etter fristen og opprettholder avvisningen.",
            null,
            null,
            null));
  }

  static LetterModel ministryDecision() {
    return letter(
        content(
            LetterKind.MINISTRY_DECISION,
            SENT,
            false,
            List.of(),
            "Departementet finner at søknaden kom i tide.",
            null,
            MinistryOutcome.CHANGED,
            null));
  }

  static List<LetterModel> everyKind() {
    return List.of(
        receipt(), interimReply(), lateDismissal(), reversal(), statement(), ministryDecision());
  }

  private static ComplaintLetterContent content(
      LetterKind kind,
      LocalDate sent,
      boolean late,
      List<Reason> reasons,
      String text,
      LocalDate expected,
      MinistryOutcome outcome,
      ComplaintDeadline deadline) {
    return new ComplaintLetterContent(
        kind,
        subject(GrantKind.T2, 1, LocalDate.of(2026, 1, 20)),
        DECIDED,
        sent,
        late,
        reasons,
        text,
        expected,
        outcome,
        deadline,
        "Oslo kommune");
  }
}
