package no.imdi.grants.disability.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionApproved;
import no.imdi.grants.disability.application.ExtensionDecided;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxSource;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDocument;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.letter.LetterContent;
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
 * Writes and delivers the letter of an approved decision (R-DEC-1) and of a decided request for a
 * later deadline (R-DL-5), in the transaction of the approval or decision: the letter is rendered
 * as PDF/A-2a, kept in the document store, journaled as an outgoing entry of the case (screened: it
 * tells that a person has a disability grant), recorded on the decision or request, and delivered
 * to the inbox of the municipality the person lives in. Exactly once: a source already delivered is
 * skipped, the decision and the request refuse a second letter, and the inbox's unique constraint
 * refuses a second delivery, which rolls the whole transaction back.
 */
@ApplicationScoped
public class LetterDelivery {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private ApplicationRepository applications;
  @Inject private SettlementRepository settlements;
  @Inject private DecisionLetters decisionLetters;
  @Inject private ExtensionLetters extensionLetters;
  @Inject private LetterRenderer renderer;
  @Inject private DocumentStore store;
  @Inject private CaseJournal journal;
  @Inject private Inbox inbox;
  @Inject private Clock clock;

  protected LetterDelivery() {}

  public LetterDelivery(
      EntityManager em,
      ApplicationRepository applications,
      SettlementRepository settlements,
      DecisionLetters decisionLetters,
      ExtensionLetters extensionLetters,
      LetterRenderer renderer,
      DocumentStore store,
      CaseJournal journal,
      Inbox inbox,
      Clock clock) {
    this.em = em;
    this.applications = applications;
    this.settlements = settlements;
    this.decisionLetters = decisionLetters;
    this.extensionLetters = extensionLetters;
    this.renderer = renderer;
    this.store = store;
    this.journal = journal;
    this.inbox = inbox;
    this.clock = clock;
  }

  /** On approval: the decision's letter (grant, refusal, dismissal or conversion reply). */
  public void decisionApproved(@Observes DecisionApproved event) {
    deliverDecision(
        event.decisionId(), event.approvedAt() == null ? clock.instant() : event.approvedAt());
  }

  /** On IMDi's decision of a request for a later deadline: the reply (granted or refused). */
  public void extensionDecided(@Observes ExtensionDecided event) {
    deliverExtension(event.requestId());
  }

  /** Delivers the decision's letter unless it was delivered; returns the journal entry's id. */
  public Optional<Long> deliverDecision(long decisionId) {
    return deliverDecision(decisionId, clock.instant());
  }

  /**
   * Delivers the decision's letter, dated and delivered at {@code at} (the approval's time, in its
   * transaction; the demo's approvals are told with a clock of their own).
   */
  private Optional<Long> deliverDecision(long decisionId, Instant at) {
    if (inbox.delivered(InboxSource.DECISION, decisionId)) {
      return Optional.empty();
    }
    Decision decision =
        applications
            .findDecision(MunicipalityScope.ALL, decisionId)
            .orElseThrow(() -> new IllegalStateException("No decision " + decisionId));
    if (decision.getStatus() != ProposalStatus.APPROVED) {
      throw new IllegalStateException("Decision " + decisionId + " is not approved");
    }
    Application application = decision.getApplication();
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    LetterContent content = decisionLetters.content(decision, t1Granted(application), today);
    String approver = decision.getProposal().getReviewedBy();
    Signatories names =
        new Signatories(name(decision.getProposal().getPreparedBy()), name(approver));
    long entry =
        deliver(
            application.getCaseFile(),
            content,
            names,
            MatterKind.DECISION,
            InboxSource.DECISION,
            decisionId,
            approver,
            at);
    decision.recordLetter(entry);
    return Optional.of(entry);
  }

  /** Delivers the reply to the request unless it was delivered; returns the journal entry's id. */
  public Optional<Long> deliverExtension(long requestId) {
    if (inbox.delivered(InboxSource.EXTENSION_REQUEST, requestId)) {
      return Optional.empty();
    }
    ExtensionRequest request =
        applications
            .findExtension(MunicipalityScope.ALL, requestId)
            .orElseThrow(() -> new IllegalStateException("No extension request " + requestId));
    String officer = request.getDecidedBy();
    long entry =
        deliver(
            request.getCaseFile(),
            extensionLetters.content(request),
            Signatories.one(name(officer)),
            MatterKind.EXTENSION_REQUEST,
            InboxSource.EXTENSION_REQUEST,
            requestId,
            officer,
            clock.instant());
    request.recordLetter(entry);
    return Optional.of(entry);
  }

  private long deliver(
      CaseFile caseFile,
      LetterContent content,
      Signatories names,
      MatterKind matter,
      InboxSource source,
      long sourceId,
      String by,
      Instant now) {
    Person person = caseFile.getPerson();
    Municipality municipality =
        settlements
            .findByPerson(MunicipalityScope.ALL, person.getId())
            .orElseThrow(() -> new IllegalStateException("No settlement of " + person.getId()))
            .getMunicipality();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    String caseNumber = caseFile.getNumber().toString();
    LetterModel model =
        new LetterModel(
            Letterhead.imdi(),
            new Recipient(Parties.of(municipality), municipality.getNumber(), List.of()),
            caseNumber,
            today,
            caseNumber,
            "",
            PersonRef.of(person.getGivenName(), person.getFamilyName(), person.getBirthDate()),
            content,
            names);
    RenderedLetter pdf = renderer.render(model);
    StoredDocument document =
        StoredDocument.received(
            fileName(model), pdf.bytes(), pdf.pageCount(), now, by == null ? "system" : by);
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
                .about(matter, sourceId),
            by == null ? "system" : by);
    em.flush();
    inbox.deliverLetter(
        municipality.getNumber(),
        caseFile.getId(),
        source,
        sourceId,
        model.kind(),
        pdf.title(),
        entry.getId(),
        document.id().value(),
        now);
    return entry.getId();
  }

  /** {@code Tilskuddsbrev-sak-2026-00123.pdf}: no slash, which a file name cannot hold. */
  static String fileName(LetterModel model) {
    return (model.kind().title() + " sak " + model.caseNumber()).replaceAll("[^\\p{L}\\p{N}]+", "-")
        + ".pdf";
  }

  private Decision t1Granted(Application application) {
    if (!application.isConversion()) {
      return null;
    }
    return applications
        .decisionsOf(MunicipalityScope.ALL, application.getConversionOf().getId())
        .stream()
        .filter(d -> d.getStatus() == ProposalStatus.APPROVED && d.getAmount() != null)
        .reduce((a, b) -> b)
        .orElse(null);
  }

  private String name(String username) {
    if (username == null) {
      return "IMDi";
    }
    AppUser user = em.find(AppUser.class, username);
    return user == null || user.getDisplayName() == null ? username : user.getDisplayName();
  }
}
