package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.complaint.MinistryOutcome;

/**
 * A letter about a complaint on a dismissal (R-AP): which letter, the application the dismissal was
 * about, the day the dismissal was made and the day the complaint was sent, whether it was late
 * (R-AP-4), the text of the letter's own decision or statement, the expected date of an answer
 * (R-AP-8), the ministry's outcome (R-AP-7), and for the dismissal of a late complaint its own
 * complaint deadline (a dismissal is an individual decision, R-AP-2).
 *
 * @param text IMDi's or the ministry's reason, statement or decision; may be empty for a receipt
 * @param expectedBy the expected date of the answer, for the interim reply and the receipt
 * @param outcome the ministry's outcome, for its decision only
 * @param complaintDeadline the dismissal's own complaint deadline, for that letter only
 * @param municipality the municipality the statement's copy and the decision go to
 */
public record ComplaintLetterContent(
    LetterKind kind,
    GrantSubject subject,
    LocalDate decidedOn,
    LocalDate complaintSent,
    boolean late,
    List<Reason> reasons,
    String text,
    LocalDate expectedBy,
    MinistryOutcome outcome,
    ComplaintDeadline complaintDeadline,
    String municipality)
    implements LetterContent {

  static final Set<LetterKind> KINDS =
      Set.of(
          LetterKind.COMPLAINT_RECEIPT,
          LetterKind.COMPLAINT_INTERIM_REPLY,
          LetterKind.COMPLAINT_DISMISSAL,
          LetterKind.COMPLAINT_REVERSAL,
          LetterKind.COMPLAINT_STATEMENT,
          LetterKind.MINISTRY_DECISION);

  public ComplaintLetterContent {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(kind + " is not a complaint letter");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(complaintSent, "complaintSent");
    reasons = List.copyOf(reasons);
    text = text == null ? "" : text;
    Objects.requireNonNull(municipality, "municipality");
    if ((kind == LetterKind.MINISTRY_DECISION) != (outcome != null)) {
      throw new IllegalArgumentException("Only the ministry's decision has an outcome");
    }
    if ((kind == LetterKind.COMPLAINT_DISMISSAL) != (complaintDeadline != null)) {
      throw new IllegalArgumentException("Only a dismissal of a complaint has its own deadline");
    }
    if (kind == LetterKind.COMPLAINT_INTERIM_REPLY && expectedBy == null) {
      throw new IllegalArgumentException("An interim reply says when the answer is expected");
    }
  }

  /** Only the dismissal of a late complaint is an individual decision with a complaint right. */
  @Override
  public Optional<DecisionKind> decision() {
    return kind == LetterKind.COMPLAINT_DISMISSAL
        ? Optional.of(DecisionKind.DISMISSED)
        : Optional.empty();
  }
}
