package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.CaseFlow.EVA;
import static no.imdi.grants.disability.application.CaseFlow.KARI;
import static no.imdi.grants.disability.application.CaseFlow.OSLO;
import static no.imdi.grants.disability.application.CaseFlow.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.complaint.ComplaintBundle;
import no.imdi.grants.complaint.ComplaintLetter;
import no.imdi.grants.complaint.ComplaintLetterDue;
import no.imdi.grants.complaint.ComplaintResult;
import no.imdi.grants.complaint.ComplaintStart;
import no.imdi.grants.complaint.ComplaintState;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.complaint.LetterKind;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Complaints on PostgreSQL through the services of the three parties: the municipality complains
 * from its inbox (R-AP-1..R-AP-5), IMDi reverses or forwards with a statement checked by a second
 * officer (R-AP-6), the ministry sees only what was forwarded and decides (R-AP-7), and the daily
 * check marks a complaint without an answer after a month overdue, once (R-AP-8).
 */
class ComplaintServicesTest {

  static final String MINISTRY = "departementet";
  static final Instant DEC_16 = Instant.parse("2024-12-16T09:00:00Z");

  private TestPersistence db;
  private CaseWorld world;
  private CaseFlow flow;
  private ComplaintWorld complaints;
  private long caseId;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, DEC_16);
    flow = new CaseFlow(world);
    complaints = new ComplaintWorld(db, world);
    caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "R-AP-6 / R-AP-7 in time, forwarded with an approved statement, changed by the ministry")
  void R_AP_7_inTimeForwardedAndChangedByTheMinistry() throws Exception {
    Dismissal dismissal = dismissedAndDelivered();
    world.now(Instant.parse("2025-01-06T09:00:00Z"));
    ComplaintStart start = complaints.intake(OSLO, s -> s.start(dismissal.inboxItem()));
    assertThat(start.complaintRight()).isTrue();
    assertThat(start.deadline().deadline()).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(start.needsDelayReason()).isFalse();

    ComplaintResult sent =
        complaints.intake(
            OSLO,
            s ->
                s.send(
                    dismissal.inboxItem(),
                    "Søknaden kom i tide",
                    "Behandle søknaden",
                    null,
                    List.of(
                        new Upload("Skjermbilde av portalen", CaseWorld.document(31)),
                        new Upload("E-post fra brukerstøtte", CaseWorld.document(32)))));
    assertThat(sent.registeredAs()).isEqualTo(LetterKind.COMPLAINT);
    assertThat(sent.explanation().rules()).containsExactly("R-AP-3", "R-AP-4");
    long id = sent.id();
    assertThat(view(id).state()).isEqualTo(ComplaintState.RECEIVED);
    assertThat(
            db.count(
                "select count(*) from journal_entry where entry_type = 'INCOMING'"
                    + " and matter = 'COMPLAINT' and matter_id = "
                    + id))
        .isEqualTo(1);
    // several attachments, journaled with the complaint and listed on it
    assertThat(view(id).attachments())
        .containsExactly("Skjermbilde av portalen", "E-post fra brukerstøtte");

    assertThatThrownBy(() -> complaints.ministry(MINISTRY, s -> s.bundle(id)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(complaints.ministry(MINISTRY, s -> s.forwarded(0, 10)).total()).isZero();

    complaints.imdi(
        EVA,
        s -> run(() -> s.forwardToMinistry(id, version(id), "IMDi opprettholder avvisningen")));
    assertThatThrownBy(
            () -> complaints.approval(EVA, s -> run(() -> s.approve(id, version(id), null))))
        .isInstanceOf(AccessDeniedException.class);
    List<ComplaintView> pending =
        complaints.approval(KARI, s -> s.pending(CaseServicesFixture.page()));
    assertThat(pending).extracting(ComplaintView::id).containsExactly(id);
    complaints.approval(KARI, s -> run(() -> s.approve(id, version(id), "Ok")));
    assertThat(view(id).state()).isEqualTo(ComplaintState.WITH_MINISTRY);
    assertThat(view(id).forwardedOn()).isEqualTo(LocalDate.of(2025, 1, 6));

    assertThat(complaints.ministry(MINISTRY, s -> s.forwarded(0, 10)).rows())
        .extracting(ComplaintView::id)
        .containsExactly(id);
    ComplaintBundle bundle = complaints.ministry(MINISTRY, s -> s.bundle(id));
    assertThat(bundle.decision().outcome()).isEqualTo(DecisionOutcome.DISMISSED);
    assertThat(bundle.complaint().statement()).isEqualTo("IMDi opprettholder avvisningen");
    assertThat(bundle.complaint().attachments()).hasSize(2);
    assertThat(bundle.entries())
        .flatExtracting(e -> e.documents())
        .extracting(d -> d.document().documentId())
        .contains(CaseWorld.uuid(31), CaseWorld.uuid(32));
    assertThat(bundle.entries()).extracting(e -> e.id()).contains(dismissal.letterEntry());
    UUID health = CaseWorld.uuid(2);
    complaints.ministry(MINISTRY, s -> s.openDocument(id, health, "Klagebehandling"));
    assertThat(
            db.count(
                "select count(*) from person_access_log where username = 'departementet'"
                    + " and purpose like 'Helsedokument%'"))
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                complaints.ministry(
                    MINISTRY, s -> s.openDocument(id, UUID.randomUUID(), "Klagebehandling")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.reads(MINISTRY, s -> s.caseFile(caseId)))
        .isInstanceOf(AccessDeniedException.class);

    complaints.ministry(
        MINISTRY,
        s -> run(() -> s.decide(id, version(id), MinistryOutcome.CHANGED, "Søknaden var i tide")));
    ComplaintView decided = view(id);
    assertThat(decided.state()).isEqualTo(ComplaintState.DECIDED_BY_MINISTRY);
    assertThat(decided.ministryOutcome()).isEqualTo(MinistryOutcome.CHANGED);
    assertThat(decided.ministryDecidedBy()).isEqualTo(MINISTRY);
    assertThat(world.reads(EVA, s -> s.application(dismissal.application())).summary().state())
        .isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(letters())
        .containsExactly(
            ComplaintLetter.RECEIPT, ComplaintLetter.STATEMENT, ComplaintLetter.MINISTRY_DECISION);
    // R-AP-7: the ministry's decision is signed once by the one who made it, for the ministry
    assertThat(letterText("MINISTRY_DECISION"))
        .contains("Med hilsen departementet Arbeids- og inkluderingsdepartementet Brevet er sendt")
        .doesNotContain("godkjenner", ", saksbehandler");
    assertThat(db.count("select count(*) from case_audit where matter = 'COMPLAINT'")).isEqualTo(4);
  }

  @Test
  @DisplayName(
      "R-AP-5 a late complaint needs the delay's reason, is considered and reversed by IMDi")
  void R_AP_5_lateComplaintConsideredAndReversed() {
    Dismissal dismissal = dismissedAndDelivered();
    world.now(Instant.parse("2025-02-03T09:00:00Z"));
    assertThat(complaints.intake(OSLO, s -> s.start(dismissal.inboxItem())).needsDelayReason())
        .isTrue();
    assertThatThrownBy(
            () ->
                complaints.intake(
                    OSLO, s -> s.send(dismissal.inboxItem(), "Vi klager", null, " ", null)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.COMPLAINT_DELAY_REASON_REQUIRED));
    long id =
        complaints
            .intake(
                OSLO,
                s ->
                    s.send(
                        dismissal.inboxItem(),
                        "Vi klager",
                        null,
                        "Brevet ble borte i ferien",
                        null))
            .id();
    assertThat(view(id).state()).isEqualTo(ComplaintState.LATE);
    assertThat(view(id).isLate()).isTrue();

    complaints.imdi(
        EVA, s -> run(() -> s.considerLate(id, version(id), "Kommunen kan ikke lastes")));
    complaints.imdi(EVA, s -> run(() -> s.reverse(id, version(id), "Søknaden var komplett")));
    assertThat(view(id).state()).isEqualTo(ComplaintState.REVERSED);
    long application = dismissal.application();
    assertThat(world.reads(EVA, s -> s.application(application)).summary().state())
        .isEqualTo(ApplicationState.UNDER_ASSESSMENT);

    long grant =
        world.imdi(
            EVA,
            s ->
                s.prepareDecision(
                    application, flow.version(application), DecisionDraft.grant(null)));
    world.approval(KARI, s -> run(() -> s.approve(grant, flow.decisionVersion(application), null)));
    List<DecisionView> decisions = world.reads(EVA, s -> s.application(application)).decisions();
    assertThat(decisions)
        .extracting(DecisionView::outcome)
        .containsExactly(DecisionOutcome.DISMISSED, DecisionOutcome.GRANTED);
    assertThat(decisions.get(0).letterEntryId()).isEqualTo(dismissal.letterEntry());
    assertThat(letters()).containsExactly(ComplaintLetter.RECEIPT, ComplaintLetter.REVERSAL);
  }

  @Test
  @DisplayName("R-AP-5 more than one year after the decision the complaint is refused outright")
  void R_AP_5_afterOneYearRefused() {
    Dismissal dismissal = dismissedAndDelivered();
    world.now(Instant.parse("2025-12-17T09:00:00Z"));
    assertThat(complaints.intake(OSLO, s -> s.start(dismissal.inboxItem())).tooLate()).isTrue();
    assertThatThrownBy(
            () ->
                complaints.intake(
                    OSLO, s -> s.send(dismissal.inboxItem(), "Klage", null, "Glemte det", null)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.COMPLAINT_TOO_LATE));
    assertThat(db.count("select count(*) from complaint")).isZero();
  }

  @Test
  @DisplayName("R-AP-1 a 'complaint' on a grant letter becomes an enquiry on the case")
  void R_AP_1_complaintOnAGrantLetterIsAnEnquiry() {
    long application = flow.submittedT2(caseId);
    long decision = flow.prepared(caseId, application, DecisionDraft.grant(null));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));
    complaints.deliver(decision);
    long item = inboxItem(decision);

    ComplaintStart start = complaints.intake(OSLO, s -> s.start(item));
    assertThat(start.complaintRight()).isFalse();
    assertThat(start.right().rules()).containsExactly("R-AP-1");
    ComplaintResult result =
        complaints.intake(OSLO, s -> s.send(item, "Beløpet er for lavt", "Mer penger", null, null));
    assertThat(result.registeredAs()).isEqualTo(LetterKind.ENQUIRY);
    assertThat(db.count("select count(*) from complaint")).isZero();
    assertThat(
            db.count(
                "select count(*) from enquiry where state = 'WAITING_FOR_IMDI' and id = "
                    + result.id()))
        .isEqualTo(1);
    assertThatThrownBy(() -> complaints.intake("kommune.bergen", s -> s.start(item)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "R-AP-8 received 01.03 and not answered: overdue on 02.04, marked once, then replied")
  void R_AP_8_theDailyCheckMarksOverdueOnce() {
    world.now(Instant.parse("2025-02-20T09:00:00Z"));
    Dismissal dismissal = dismissedAndDelivered();
    world.now(Instant.parse("2025-03-01T09:00:00Z"));
    long id =
        complaints.intake(OSLO, s -> s.send(dismissal.inboxItem(), "Klage", null, null, null)).id();

    world.now(Instant.parse("2025-04-01T21:00:00Z"));
    assertThat(complaints.overdueCheck()).isZero();
    world.now(Instant.parse("2025-04-02T06:00:00Z"));
    assertThat(complaints.overdueCheck()).isEqualTo(1);
    assertThat(complaints.overdueCheck()).isZero();
    assertThat(view(id).overdue()).isTrue();
    assertThat(
            db.count(
                "select count(*) from case_audit where action = 'markOverdue' and reason = 'R-AP-8'"))
        .isEqualTo(1);

    complaints.imdi(
        EVA,
        s -> run(() -> s.interimReply(id, version(id), "Mange klager", LocalDate.of(2025, 5, 15))));
    assertThat(view(id).overdue()).isFalse();
    assertThat(view(id).expectedAnswerOn()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(complaints.overdueCheck()).isZero();
    assertThat(letters()).containsExactly(ComplaintLetter.RECEIPT, ComplaintLetter.INTERIM_REPLY);
  }

  private record Dismissal(long application, long decision, long inboxItem, long letterEntry) {}

  /** A T2 application dismissed (R-DL-6), approved, and its letter delivered to Oslo's inbox. */
  private Dismissal dismissedAndDelivered() {
    long application = flow.submittedT2(caseId);
    long decision =
        flow.prepared(
            caseId, application, DecisionDraft.dismiss("Søknaden kom etter fristen", "R-DL-6"));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));
    complaints.deliver(decision);
    long letter =
        world.reads(EVA, s -> s.application(application)).decisions().get(0).letterEntryId();
    return new Dismissal(application, decision, inboxItem(decision), letter);
  }

  private long inboxItem(long decision) {
    return db.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select id from inbox_item where source = 'DECISION' and source_id = "
                                + decision)
                        .getSingleResult())
                .longValue());
  }

  private ComplaintView view(long id) {
    return complaints.imdi(EVA, s -> s.view(id));
  }

  private long version(long id) {
    return view(id).version();
  }

  /** The text of the one letter of that kind delivered to the inbox. */
  private String letterText(String letterKind) throws Exception {
    try (var c = db.dataSource().getConnection();
        var ps =
            c.prepareStatement(
                "select d.content from inbox_item i join stored_document d on d.id = i.document_id"
                    + " where i.letter_kind = ?")) {
      ps.setString(1, letterKind);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        byte[] pdf = rs.getBytes(1);
        assertThat(rs.next()).isFalse();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
          return new org.apache.pdfbox.text.PDFTextStripper()
              .getText(document)
              .replace('\u00A0', ' ')
              .replaceAll("\\s*\\R\\s*", " ");
        }
      }
    }
  }

  private List<ComplaintLetter> letters() {
    return world.events.stream()
        .filter(ComplaintLetterDue.class::isInstance)
        .map(e -> ((ComplaintLetterDue) e).letter())
        .toList();
  }
}
