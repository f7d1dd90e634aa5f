package no.imdi.grants.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Texts;

/**
 * What a journal entry will say before it is written: type, journal date, sender or recipient (none
 * for a note), title, screening, the matter it concerns and its documents. The case and the entry
 * number are added when it is written ({@link JournalEntry#write}).
 */
public record JournalDraft(
    EntryType type,
    LocalDate entryDate,
    String party,
    String title,
    Screening screening,
    MatterKind matter,
    Long matterId,
    Long correctsEntryId,
    List<JournalDocument> documents) {

  public JournalDraft {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entryDate, "entryDate");
    party = Texts.optional("party", party, JournalEntry.PARTY_LENGTH);
    title = Texts.required("title", title, JournalEntry.TITLE_LENGTH);
    screening = screening == null ? Screening.NONE : screening;
    if ((matter == null) != (matterId == null)) {
      throw new IllegalArgumentException("Give both the matter and its id, or neither");
    }
    documents = List.copyOf(documents);
  }

  public static JournalDraft incoming(
      LocalDate date,
      String sender,
      String title,
      Screening screening,
      List<JournalDocument> docs) {
    return new JournalDraft(
        EntryType.INCOMING, date, sender, title, screening, null, null, null, docs);
  }

  public static JournalDraft outgoing(
      LocalDate date,
      String recipient,
      String title,
      Screening screening,
      List<JournalDocument> docs) {
    return new JournalDraft(
        EntryType.OUTGOING, date, recipient, title, screening, null, null, null, docs);
  }

  public static JournalDraft note(
      LocalDate date, String title, Screening screening, List<JournalDocument> docs) {
    return new JournalDraft(EntryType.NOTE, date, null, title, screening, null, null, null, docs);
  }

  /** The same entry, concerning the given matter of the case. */
  public JournalDraft about(MatterKind kind, long id) {
    return new JournalDraft(
        type, entryDate, party, title, screening, kind, id, correctsEntryId, documents);
  }

  JournalDraft correcting(Long entryId) {
    return new JournalDraft(
        type, entryDate, party, title, screening, matter, matterId, entryId, documents);
  }
}
