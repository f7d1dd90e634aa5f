package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a letter to a municipality says, built from the domain by the case flow (no entity
 * reaches a template): the letterhead, the recipient, the case number ({@code 2026/00123}), the
 * letter date, our and the municipality's reference, the person by initials and birth date only,
 * what the letter is about ({@link LetterContent}) and who prepared and approved it.
 *
 * @param yourReference the municipality's reference, or empty
 */
public record LetterModel(
    Letterhead letterhead,
    Recipient recipient,
    String caseNumber,
    LocalDate letterDate,
    String ourReference,
    String yourReference,
    PersonRef person,
    LetterContent content,
    Signatories signatories) {

  private static final String CASE_NUMBER = "\\d{4}/\\d{5}";

  public LetterModel {
    Objects.requireNonNull(letterhead, "letterhead");
    Objects.requireNonNull(recipient, "recipient");
    if (caseNumber == null || !caseNumber.matches(CASE_NUMBER)) {
      throw new IllegalArgumentException(
          "A case number is year and sequence (2026/00123), not " + caseNumber);
    }
    Objects.requireNonNull(letterDate, "letterDate");
    Letterhead.requireText(ourReference, "reference");
    yourReference = yourReference == null ? "" : yourReference;
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(signatories, "signatories");
    if (letterDate.isBefore(content.subject().received())) {
      throw new IllegalArgumentException(
          "A letter of " + letterDate + " cannot answer what arrived later");
    }
    if (content instanceof DismissalLetter dismissal
        && dismissal.complaintDeadline().noticeReceived().isBefore(letterDate)) {
      throw new IllegalArgumentException(
          "The complaint deadline counts from a day on or after the letter date " + letterDate);
    }
    if (content instanceof ComplaintLetterContent complaint
        && complaint.complaintDeadline() != null
        && complaint.complaintDeadline().noticeReceived().isBefore(letterDate)) {
      throw new IllegalArgumentException(
          "The complaint deadline counts from a day on or after the letter date " + letterDate);
    }
  }

  public LetterKind kind() {
    return content.kind();
  }

  /** The document's title: {@code Tilskuddsbrev – sak 2026/00123}. */
  public String title() {
    return kind().title() + " – sak " + caseNumber;
  }
}
