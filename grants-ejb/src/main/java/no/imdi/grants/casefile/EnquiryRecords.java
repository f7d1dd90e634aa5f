package no.imdi.grants.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;

/**
 * What follows a message of an enquiry, in its transaction: the audit row of the thread's state,
 * and the journal entry of the message with its documents: incoming from the municipality, outgoing
 * from IMDi, screened when it holds health data.
 */
@ApplicationScoped
public class EnquiryRecords {

  @Inject private CaseTrail trail;
  @Inject private CaseJournal journal;
  @Inject private Clock clock;

  protected EnquiryRecords() {}

  public EnquiryRecords(CaseTrail trail, CaseJournal journal, Clock clock) {
    this.trail = trail;
    this.journal = journal;
    this.clock = clock;
  }

  /** The enquiry was stored with its first message. */
  public void opened(
      Created<Enquiry, EnquiryState> created,
      List<Upload> uploads,
      boolean healthData,
      String municipality) {
    Enquiry enquiry = created.matter();
    trail.record(enquiry.getCaseFile(), MatterKind.ENQUIRY, enquiry.getId(), created.change());
    journal(enquiry, enquiry.getSubject(), uploads, healthData, municipality);
  }

  /** A message was added to the stored enquiry. */
  public void replied(
      Enquiry enquiry,
      StateChange<EnquiryState> change,
      List<Upload> uploads,
      boolean healthData,
      String municipality) {
    trail.record(enquiry.getCaseFile(), MatterKind.ENQUIRY, enquiry.getId(), change);
    journal(enquiry, "Svar: " + enquiry.getSubject(), uploads, healthData, municipality);
  }

  private void journal(
      Enquiry enquiry,
      String title,
      List<Upload> uploads,
      boolean healthData,
      String municipality) {
    EnquiryMessage message = enquiry.lastMessage();
    Screening screening = healthData ? Screening.HEALTH_DATA : Screening.NONE;
    LocalDate today = LocalDate.now(clock);
    List<no.imdi.grants.journal.JournalDocument> documents =
        uploads == null ? List.of() : uploads.stream().map(Upload::toJournalDocument).toList();
    JournalDraft draft =
        message.getSide() == Side.MUNICIPALITY
            ? JournalDraft.incoming(today, municipality, title, screening, documents)
            : JournalDraft.outgoing(today, municipality, title, screening, documents);
    JournalEntry entry =
        journal.write(
            enquiry.getCaseFile(),
            draft.about(MatterKind.ENQUIRY, enquiry.getId()),
            message.getWrittenBy());
    message.journaledIn(entry.getId());
  }
}
