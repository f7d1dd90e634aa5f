package no.imdi.grants.disability.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.application.GrantedMeasure;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxSource;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDocument;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.letter.AccountsOutcomeLetter;
import no.imdi.grants.letter.AccountsOutcomeLetter.ReportedMeasure;
import no.imdi.grants.letter.GrantSubject;
import no.imdi.grants.letter.LetterModel;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.letter.Letterhead;
import no.imdi.grants.letter.PersonRef;
import no.imdi.grants.letter.Reason;
import no.imdi.grants.letter.Recipient;
import no.imdi.grants.letter.RenderedLetter;
import no.imdi.grants.letter.Signatories;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.shared.Nok;

/**
 * Writes and delivers the letter of an approved accounts-report outcome (R-REP-3, R-REP-4, R-REP-5)
 * in the approval's transaction: rendered as PDF/A-2a, kept in the document store, journaled as an
 * outgoing entry of the case (screened, as the grant letter is), recorded on the outcome, and
 * delivered to the inbox of the municipality that received the grant and reported. Exactly once: an
 * outcome already delivered is skipped, the outcome refuses a second letter and the inbox's unique
 * (source, source_id) refuses a second delivery.
 */
@ApplicationScoped
public class AccountsOutcomeLetters {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private AccountsReportRepository reports;
  @Inject private LetterRenderer renderer;
  @Inject private DocumentStore store;
  @Inject private CaseJournal journal;
  @Inject private Inbox inbox;
  @Inject private Clock clock;

  protected AccountsOutcomeLetters() {}

  public AccountsOutcomeLetters(
      EntityManager em,
      AccountsReportRepository reports,
      LetterRenderer renderer,
      DocumentStore store,
      CaseJournal journal,
      Inbox inbox,
      Clock clock) {
    this.em = em;
    this.reports = reports;
    this.renderer = renderer;
    this.store = store;
    this.journal = journal;
    this.inbox = inbox;
    this.clock = clock;
  }

  /** On approval: the outcome's letter. */
  public void outcomeApproved(@Observes OutcomeApproved event) {
    deliver(
        reports
            .findOutcome(no.imdi.grants.security.MunicipalityScope.ALL, event.outcomeId())
            .orElseThrow(() -> new IllegalStateException("No outcome " + event.outcomeId())));
  }

  /** Delivers the approved outcome's letter unless it was; returns the journal entry's id. */
  public Optional<Long> deliver(ReportOutcome outcome) {
    if (inbox.delivered(InboxSource.ACCOUNTS_OUTCOME, outcome.getId())) {
      return Optional.empty();
    }
    if (outcome.getStatus() != ProposalStatus.APPROVED) {
      throw new IllegalStateException("Outcome " + outcome.getId() + " is not approved");
    }
    AccountsReport report = outcome.getReport();
    CaseFile caseFile = report.getCaseFile();
    Person person = caseFile.getPerson();
    Municipality municipality = report.getMunicipality();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
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
            content(outcome, today),
            new Signatories(
                name(outcome.getProposal().getPreparedBy()),
                name(outcome.getProposal().getReviewedBy())));
    RenderedLetter pdf = renderer.render(model);
    String by = outcome.getProposal().getReviewedBy();
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
                .about(MatterKind.ACCOUNTS_OUTCOME, outcome.getId()),
            by);
    em.flush();
    inbox.deliverLetter(
        municipality.getNumber(),
        caseFile.getId(),
        InboxSource.ACCOUNTS_OUTCOME,
        outcome.getId(),
        model.kind(),
        pdf.title(),
        entry.getId(),
        document.id().value(),
        now);
    outcome.recordLetter(entry.getId());
    return Optional.of(entry.getId());
  }

  /** The letter's content from the outcome and the rules' own explanation. */
  static AccountsOutcomeLetter content(ReportOutcome outcome, LocalDate letterDate) {
    AccountsReport report = outcome.getReport();
    OutcomeComputation computed = outcome.computation();
    Map<Integer, Nok> granted =
        report.getDecision().getGrantedMeasures().stream()
            .collect(
                Collectors.toMap(GrantedMeasure::position, GrantedMeasure::costs, (a, b) -> a));
    List<ReportedMeasure> measures = new ArrayList<>();
    for (int i = 0; i < report.getMeasures().size(); i++) {
      ReportMeasure m = report.getMeasures().get(i);
      MeasureActual actual = computed.measures().get(i);
      Nok grantedCosts =
          m.getGrantedPosition() == null
              ? Nok.ZERO
              : granted.getOrDefault(m.getGrantedPosition(), Nok.ZERO);
      measures.add(
          new ReportedMeasure(m.getName(), grantedCosts, actual.actual(), actual.counts()));
    }
    List<Reason> reasons =
        computed.explanation().reasons().stream().map(Reason::of).collect(Collectors.toList());
    if (outcome.getComment() != null) {
      reasons.add(new Reason(computed.rule(), outcome.getComment()));
    }
    LocalDate received =
        report.getCoSignature() == null
            ? letterDate
            : report
                .getCoSignature()
                .at()
                .atZone(no.imdi.grants.shared.ClockProducer.OSLO)
                .toLocalDate();
    boolean recovers = outcome.getRecovery().compareTo(Nok.ZERO) > 0;
    InstalmentTerm term = InstalmentTerm.firstOnOrAfter(letterDate);
    return new AccountsOutcomeLetter(
        new GrantSubject(
            GrantKind.T2, new GrantYear(report.getGrantYear(), report.getPeriod()), received),
        measures,
        outcome.getGranted(),
        outcome.getReported(),
        outcome.getEligible(),
        outcome.getRecovery(),
        outcome.getClaimedOverrun(),
        outcome.getKind() == OutcomeKind.FULL_RECOVERY,
        reasons,
        recovers ? term.basisDate(letterDate.getYear()) : null,
        recovers ? term.payoutNorwegian(letterDate.getYear()) : null);
  }

  static String fileName(LetterModel model) {
    return (model.kind().title() + " sak " + model.caseNumber()).replaceAll("[^\\p{L}\\p{N}]+", "-")
        + ".pdf";
  }

  private String name(String username) {
    if (username == null) {
      return "IMDi";
    }
    AppUser user = em.find(AppUser.class, username);
    return user == null || user.getDisplayName() == null ? username : user.getDisplayName();
  }
}
