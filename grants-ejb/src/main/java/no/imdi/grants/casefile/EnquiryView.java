package no.imdi.grants.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enquiry's thread with its messages, oldest first. */
public record EnquiryView(
    long id,
    long version,
    Long applicationId,
    String subject,
    boolean documentationRequest,
    LocalDate replyBy,
    EnquiryState state,
    Instant lastMessageAt,
    List<Message> messages) {

  /** One message: side, who, when, the text and its journal entry. */
  public record Message(
      Side side, String writtenBy, Instant writtenAt, String text, Long entryId) {}

  public static EnquiryView of(Enquiry q) {
    return new EnquiryView(
        q.getId(),
        q.getVersion(),
        q.getApplicationId(),
        q.getSubject(),
        q.isDocumentationRequest(),
        q.getReplyBy(),
        q.getState(),
        q.getLastMessageAt(),
        q.getMessages().stream()
            .map(
                m ->
                    new Message(
                        m.getSide(),
                        m.getWrittenBy(),
                        m.getWrittenAt(),
                        m.getText(),
                        m.getJournalEntryId()))
            .toList());
  }
}
