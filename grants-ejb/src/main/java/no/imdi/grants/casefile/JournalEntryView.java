package no.imdi.grants.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.journal.EntryType;
import no.imdi.grants.journal.JournalDocument;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;

/** A journal entry as the case page lists it, with its documents' titles and references. */
public record JournalEntryView(
    long id,
    String caseNumber,
    int number,
    EntryType type,
    LocalDate entryDate,
    String party,
    String title,
    Screening screening,
    MatterKind matter,
    Long matterId,
    Long correctsEntryId,
    String registeredBy,
    Instant registeredAt,
    List<JournalDocument> documents) {

  public static JournalEntryView of(JournalEntry e) {
    return new JournalEntryView(
        e.getId(),
        e.getCaseFile().getNumber().toString(),
        e.getNumber(),
        e.getType(),
        e.getEntryDate(),
        e.getParty(),
        e.getTitle(),
        e.getScreening(),
        e.getMatter(),
        e.getMatterId(),
        e.getCorrectsEntryId(),
        e.getRegisteredBy(),
        e.getRegisteredAt(),
        List.copyOf(e.getDocuments()));
  }
}
