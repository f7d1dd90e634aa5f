package no.imdi.grants.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxSource;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDocument;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.letter.ComplaintLetterContent;
import no.imdi.grants.letter.LetterModel;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.letter.Letterhead;
import no.imdi.grants.letter.PersonRef;
import no.imdi.grants.letter.Recipient;
import no.imdi.grants.letter.RenderedLetter;
import no.imdi.grants.letter.Signatories;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.SettlementRepository;

/**
 * Writes and delivers a complaint's letter in the transaction of the change that called for it:
 * rendered as PDF/A-2a (IMDi's letterhead, the ministry's for its decision), kept in the document
 * store, journaled as an outgoing entry of the case (the copy IMDi keeps of the ministry's
 * decision), and delivered to the inbox of the municipality the person lives in (the statement as
 * the municipality's copy). Each change fires once, and each letter is keyed by its own journal
 * entry in the inbox.
 */
@ApplicationScoped
public class ComplaintLetterDelivery {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private ComplaintRepository complaints;
  @Inject private ApplicationRepository applications;
  @Inject private SettlementRepository settlements;
  @Inject private ComplaintLetters letters;
  @Inject private LetterRenderer renderer;
  @Inject private DocumentStore store;
  @Inject private CaseJournal journal;
  @Inject private Inbox inbox;
  @Inject private Clock clock;

  protected ComplaintLetterDelivery() {}

  public ComplaintLetterDelivery(
      EntityManager em,
      ComplaintRepository complaints,
      ApplicationRepository applications,
      SettlementRepository settlements,
      ComplaintLetters letters,
      LetterRenderer renderer,
      DocumentStore store,
      CaseJournal journal,
      Inbox inbox,
      Clock clock) {
    this.em = em;
    this.complaints = complaints;
    this.applications = applications;
    this.settlements = settlements;
    this.letters = letters;
    this.renderer = renderer;
    this.store = store;
    this.journal = journal;
    this.inbox = inbox;
    this.clock = clock;
  }

  public void due(@Observes ComplaintLetterDue event) {
    deliver(event.complaintId(), event.letter());
  }

  /** Renders, journals and delivers the letter; returns its journal entry's id. */
  public long deliver(long complaintId, ComplaintLetter letter) {
    Complaint complaint =
        complaints
            .find(MunicipalityScope.ALL, complaintId)
            .orElseThrow(() -> new IllegalStateException("No complaint " + complaintId));
    long applicationId = complaint.getContested().getApplicationId();
    Application application =
        applications
            .find(MunicipalityScope.ALL, applicationId)
            .orElseThrow(() -> new IllegalStateException("No application " + applicationId));
    CaseFile caseFile = complaint.getCaseFile();
    Person person = caseFile.getPerson();
    Municipality municipality =
        settlements
            .findByPerson(MunicipalityScope.ALL, person.getId())
            .orElseThrow(() -> new IllegalStateException("No settlement of " + person.getId()))
            .getMunicipality();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    ComplaintLetterContent content =
        letters.content(complaint, application, letter, Parties.of(municipality), today);
    String by = signer(complaint, letter);
    String caseNumber = caseFile.getNumber().toString();
    LetterModel model =
        new LetterModel(
            letter == ComplaintLetter.MINISTRY_DECISION ? Letterhead.ministry() : Letterhead.imdi(),
            new Recipient(Parties.of(municipality), municipality.getNumber(), List.of()),
            caseNumber,
            today,
            caseNumber,
            "",
            PersonRef.of(person.getGivenName(), person.getFamilyName(), person.getBirthDate()),
            content,
            signatories(complaint, letter, by));
    RenderedLetter pdf = renderer.render(model);
    StoredDocument document =
        StoredDocument.received(fileName(model), pdf.bytes(), pdf.pageCount(), now, by);
    store.store(document);
    JournalEntry entry =
        journal.write(
            caseFile,
            JournalDraft.outgoing(
                    today,
                    Parties.of(municipality),
                    pdf.title(),
                    Screening.HEALTH_DATA,
                    List.of(new JournalDocument(pdf.title(), DocumentRef.of(document))))
                .about(MatterKind.COMPLAINT, complaint.getId()),
            by);
    em.flush();
    inbox.deliverLetter(
        municipality.getNumber(),
        caseFile.getId(),
        InboxSource.COMPLAINT_LETTER,
        entry.getId(),
        model.kind(),
        pdf.title(),
        entry.getId(),
        document.id().value(),
        now);
    return entry.getId();
  }

  /** Who the letter is from: the officer who made the change it tells of. */
  private static String signer(Complaint complaint, ComplaintLetter letter) {
    ComplaintProgress p = complaint.getProgress();
    String by =
        switch (letter) {
          case RECEIPT -> null;
          case INTERIM_REPLY -> p.getInterimReplyBy();
          case LATE_DISMISSAL -> p.getLateAssessedBy();
          case REVERSAL -> p.getReversedBy();
          case STATEMENT ->
              complaint.forwardingStatement().orElseThrow().getProposal().getReviewedBy();
          case MINISTRY_DECISION -> p.getMinistryDecidedBy();
        };
    return by == null ? Complaint.SYSTEM : by;
  }

  private Signatories signatories(Complaint complaint, ComplaintLetter letter, String by) {
    if (letter == ComplaintLetter.STATEMENT) {
      var proposal = complaint.forwardingStatement().orElseThrow().getProposal();
      return new Signatories(name(proposal.getPreparedBy()), name(proposal.getReviewedBy()));
    }
    return Signatories.one(name(by));
  }

  static String fileName(LetterModel model) {
    return (model.kind().title() + " sak " + model.caseNumber()).replaceAll("[^\\p{L}\\p{N}]+", "-")
        + ".pdf";
  }

  private String name(String username) {
    if (username == null || Complaint.SYSTEM.equals(username)) {
      return "IMDi";
    }
    AppUser user = em.find(AppUser.class, username);
    return user == null || user.getDisplayName() == null ? username : user.getDisplayName();
  }
}
