package no.imdi.grants.inbox;

import java.time.Instant;
import java.util.UUID;
import no.imdi.grants.letter.LetterKind;

/**
 * One item of a municipality's inbox: what it is, its title and case, when it was delivered (a
 * complaint deadline counts from that day, R-AP-3) and when the municipality first opened it; for a
 * letter the kind and the stored PDF.
 */
public record InboxItem(
    long id,
    String municipality,
    long caseId,
    String caseNumber,
    InboxItemKind kind,
    InboxSource source,
    long sourceId,
    LetterKind letterKind,
    String title,
    Long journalEntryId,
    UUID documentId,
    Instant deliveredAt,
    Instant firstOpenedAt,
    String firstOpenedBy) {

  public boolean isUnread() {
    return firstOpenedAt == null;
  }

  public boolean isLetter() {
    return documentId != null;
  }
}
