package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.CaseFlow.EVA;
import static no.imdi.grants.disability.application.CaseFlow.KARI;
import static no.imdi.grants.disability.application.CaseFlow.OSLO;
import static no.imdi.grants.disability.application.CaseFlow.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.disability.letters.DecisionLetters;
import no.imdi.grants.disability.letters.ExtensionLetters;
import no.imdi.grants.disability.letters.LetterDelivery;
import no.imdi.grants.document.PostgresDocumentStore;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.inbox.InboxService;
import no.imdi.grants.letter.LetterKind;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.letter.VeraPdf;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The letters of approved decisions on PostgreSQL (R-DEC-1): rendered, stored, journaled as
 * outgoing, recorded on the decision and delivered to the municipality's inbox, exactly once
 * however often the delivery runs (the inbox's unique constraint refuses a second row); the grant
 * letter holds the amount, the instalment (R-PAY-1, R-PAY-2) and the report's due date (R-REP-1);
 * the dismissal of a late application (R-DL-6) states the complaint right, the three-week deadline
 * and the ministry (R-AP-2, R-AP-3, R-AP-6); the inbox records the first opening once and shows
 * Oslo's letter to nobody in Bergen.
 */
class LetterDeliveryTest {

  static final Instant NOV_4 = Instant.parse("2024-11-04T09:00:00Z");

  private TestPersistence db;
  private CaseWorld world;
  private CaseFlow flow;
  private long caseId;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, NOV_4);
    flow = new CaseFlow(world);
    caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anApprovedPartialGrantIsJournaledAndDeliveredExactlyOnce() throws IOException {
    long application = flow.submittedT2(caseId);
    DecisionDraft partly =
        new DecisionDraft(
            DecisionOutcome.PARTLY_GRANTED,
            Nok.kroner(300_000),
            Set.of(0),
            "Bare personlig assistanse på dagtid dekkes",
            null,
            false,
            false);
    long decision = flow.prepared(caseId, application, partly);
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), "")));

    Optional<Long> entry = this.<Optional<Long>>delivery(d -> d.deliverDecision(decision));
    assertThat(entry).isPresent();
    Optional<Long> again = delivery(d -> d.deliverDecision(decision));
    assertThat(again).isEmpty();
    db.run(em -> letterDelivery(em).decisionApproved(approved(application, decision)));

    assertThat(db.count("select count(*) from inbox_item")).isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from journal_entry where entry_type = 'OUTGOING'"
                    + " and matter = 'DECISION' and screening = 'HEALTH_DATA' and matter_id = "
                    + decision))
        .isEqualTo(1);
    assertThat(world.reads(EVA, s -> s.application(application)).decisions().get(0))
        .satisfies(d -> assertThat(d.letterEntryId()).isEqualTo(entry.get()));
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        em.createNativeQuery(
                                "insert into inbox_item (municipality, case_id, item_kind, source,"
                                    + " source_id, title, delivered_at) values ('0301', "
                                    + caseId
                                    + ", 'REPLY', 'DECISION', "
                                    + decision
                                    + ", 'x', now())")
                            .executeUpdate()))
        .hasStackTraceContaining("inbox_item_once");

    InboxItem item = inbox(OSLO, s -> s.items(false, 0, 10)).rows().get(0);
    assertThat(item.letterKind()).isEqualTo(LetterKind.GRANT);
    // searched by its case number in the database; another number, or Bergen's inbox, finds none
    CaseNumber number = CaseNumber.parse(item.caseNumber());
    assertThat(inbox(OSLO, s -> s.items(false, number, 0, 10)).rows())
        .extracting(InboxItem::id)
        .containsExactly(item.id());
    CaseNumber other = new CaseNumber(number.year(), number.sequence() + 1);
    assertThat(inbox(OSLO, s -> s.items(false, other, 0, 10)).total()).isZero();
    assertThat(inbox("kommune.bergen", s -> s.items(false, number, 0, 10)).total()).isZero();
    assertThat(item.isUnread()).isTrue();
    assertThat(item.deliveredAt()).isEqualTo(NOV_4);
    byte[] pdf = inbox(OSLO, s -> s.letter(item.id())).openContent().readAllBytes();
    assertArchival(pdf);
    String text = text(pdf);
    assertThat(text)
        .contains("2024/00001", "300 000 kr", "delvis")
        .contains("31.12.2024") // R-PAY-1, R-PAY-2: the first instalment after the decision
        .contains("13.12.2024") // R-REP-1: two months after grant year 1 (13.10.2023-12.10.2024)
        .contains(EVA, KARI)
        .doesNotContain("Amina", "Haddad");
    assertThat(db.count("select count(*) from person_access_log where username = 'kommune.oslo'"))
        .isPositive();

    world.now(NOV_4.plusSeconds(3600));
    InboxItem opened = inbox(OSLO, s -> s.items(false, 0, 10)).rows().get(0);
    assertThat(opened.firstOpenedAt()).isEqualTo(NOV_4);
    inbox(OSLO, s -> s.open(item.id()));
    assertThat(inbox(OSLO, s -> s.items(false, 0, 10)).rows().get(0).firstOpenedAt())
        .isEqualTo(NOV_4);
    long unread = inbox(OSLO, s -> s.unread());
    assertThat(unread).isZero();
    assertThatThrownBy(
            () -> db.run(em -> em.createNativeQuery("delete from inbox_item").executeUpdate()))
        .hasStackTraceContaining("only the first opening");

    assertThat(inbox("kommune.bergen", s -> s.items(false, 0, 10)).total()).isZero();
    assertThatThrownBy(() -> inbox("kommune.bergen", s -> s.letter(item.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> inbox("kommune.bergen", s -> s.open(item.id())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void R_AP_3_theApprovalsLetterIsDatedAndDeliveredAtTheApprovalsTime() {
    Instant approvedAt = Instant.parse("2024-12-16T09:00:00Z");
    world.now(approvedAt);
    long application = flow.submittedT2(caseId);
    long decision =
        flow.prepared(
            caseId, application, DecisionDraft.dismiss("Søknaden kom etter fristen", null));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));
    DecisionApproved event =
        world.events.stream()
            .filter(DecisionApproved.class::isInstance)
            .map(DecisionApproved.class::cast)
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(event.approvedAt()).isEqualTo(approvedAt);

    // the observer runs later on the clock (as the demo's approvals are told on their own day)
    world.now(Instant.parse("2025-01-20T09:00:00Z"));
    db.run(em -> letterDelivery(em).decisionApproved(event));
    InboxItem item = inbox(OSLO, s -> s.items(false, 0, 10)).rows().get(0);
    assertThat(item.deliveredAt()).isEqualTo(approvedAt);
    assertThat(
            db.count(
                "select count(*) from journal_entry where entry_type = 'OUTGOING'"
                    + " and entry_date = date '2024-12-16' and matter_id = "
                    + decision))
        .isEqualTo(1);
  }

  @Test
  void aLateApplicationsDismissalStatesTheComplaintRightDeadlineAndAppealBody() throws IOException {
    world.now(Instant.parse("2024-12-16T09:00:00Z"));
    long application = flow.submittedT2(caseId);
    long decision =
        flow.prepared(
            caseId, application, DecisionDraft.dismiss("Søknaden kom etter fristen", null));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));

    Optional<Long> letter = delivery(d -> d.deliverDecision(decision));
    assertThat(letter).isPresent();

    InboxItem item = inbox(OSLO, s -> s.items(true, 0, 10)).rows().get(0);
    assertThat(item.letterKind()).isEqualTo(LetterKind.DISMISSAL);
    byte[] pdf = inbox(OSLO, s -> s.letter(item.id())).openContent().readAllBytes();
    assertArchival(pdf);
    String text = text(pdf);
    assertThat(text)
        .contains("R-DL-6", "13.12.2024", "16.12.2024")
        .contains("kommunen kan klage")
        .contains("tre uker")
        .contains("06.01.2025") // R-AP-3: three weeks from the delivery on 16.12.2024
        .contains("Arbeids- og inkluderingsdepartementet");
  }

  @Test
  void R_DL_5_aGrantedExtensionIsAnsweredByAReplyLetterDeliveredOnce() throws IOException {
    world.now(Instant.parse("2024-12-01T09:00:00Z"));
    long request =
        world.municipality(
            OSLO,
            s -> s.requestExtension(caseId, 1, LocalDate.of(2025, 1, 31), "Venter på spesialist"));
    world.imdi(EVA, s -> run(() -> s.take(caseId, flow.caseVersion(caseId))));
    long version =
        world.reads(EVA, s -> s.extensions(caseId)).stream()
            .filter(e -> e.id() == request)
            .findFirst()
            .orElseThrow()
            .version();
    world.imdi(
        EVA, s -> run(() -> s.grantExtension(request, version, LocalDate.of(2025, 1, 31), null)));

    Optional<Long> reply = delivery(d -> d.deliverExtension(request));
    Optional<Long> again = delivery(d -> d.deliverExtension(request));
    assertThat(reply).isPresent();
    assertThat(again).isEmpty();
    assertThat(
            db.count(
                "select count(*) from extension_request where letter_entry_id = " + reply.get()))
        .isEqualTo(1);

    InboxItem item = inbox(OSLO, s -> s.items(false, 0, 10)).rows().get(0);
    assertThat(item.letterKind()).isEqualTo(LetterKind.EXTENSION_REPLY);
    byte[] pdf = inbox(OSLO, s -> s.letter(item.id())).openContent().readAllBytes();
    assertArchival(pdf);
    assertThat(text(pdf)).contains("31.01.2025", "13.12.2024", "R-DL-5");
  }

  @Test
  void anEnquiryMessageFromImdiReachesTheInboxAsARequest() {
    long application = flow.submittedT2(caseId);
    world.imdi(EVA, s -> run(() -> s.take(caseId, flow.caseVersion(caseId))));
    world.imdi(
        EVA,
        s ->
            s.requestDocumentation(
                application,
                flow.version(application),
                "Spesialisterklæring",
                "Send erklæringen",
                LocalDate.of(2024, 12, 1)));

    InboxItem item = inbox(OSLO, s -> s.items(false, 0, 10)).rows().get(0);
    assertThat(item.kind()).isEqualTo(no.imdi.grants.inbox.InboxItemKind.REQUEST);
    assertThat(item.title()).isEqualTo("Spesialisterklæring");
    assertThat(item.isLetter()).isFalse();
  }

  private DecisionApproved approved(long application, long decision) {
    return new DecisionApproved(caseId, application, decision, DecisionOutcome.PARTLY_GRANTED);
  }

  private <T> T delivery(Function<LetterDelivery, T> call) {
    return db.inTransaction(em -> call.apply(letterDelivery(em)));
  }

  private <T> T inbox(String user, Function<InboxService, T> call) {
    return db.inTransaction(
        em -> {
          CurrentUser caller = new CurrentUser(Callers.as(user), em);
          return call.apply(
              new InboxService(
                  caller,
                  new Inbox(em),
                  new CaseRepository(em),
                  new PostgresDocumentStore(db.dataSource()),
                  new HealthReads(new AccessLog(em, world.clock()), caller),
                  world.clock()));
        });
  }

  private LetterDelivery letterDelivery(EntityManager em) {
    ApplicationRepository applications = new ApplicationRepository(em);
    CaseFacts facts =
        new CaseFacts(
            new SettlementRepository(em), applications, new RateBook(em), new SettingsBook(em));
    return new LetterDelivery(
        em,
        applications,
        new SettlementRepository(em),
        new DecisionLetters(facts, new SettingsBook(em)),
        new ExtensionLetters(facts, applications),
        new LetterRenderer(world.clock()),
        new PostgresDocumentStore(db.dataSource()),
        new CaseJournal(em, world.clock()),
        new Inbox(em),
        world.clock());
  }

  /** The letter made from the case is PDF/A-2a and passes veraPDF's PDF/UA-1 checks. */
  private static void assertArchival(byte[] pdf) {
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures()).isEmpty();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replace('\u00A0', ' ')
          .replaceAll("\\s*\\R\\s*", " ");
    }
  }
}
