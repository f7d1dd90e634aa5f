package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseAudit;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.journal.EntryType;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The case services on PostgreSQL, as the container runs them (one transaction per call, the caller
 * from the session context): a municipality applies, IMDi assesses and prepares, a second officer
 * approves; and what each side may not do.
 */
class CaseServicesTest {

  static final Instant NOV_4 = Instant.parse("2024-11-04T09:00:00Z");
  static final String OSLO = "kommune.oslo";
  static final String BERGEN = "kommune.bergen";
  static final String EVA = "imdi.saksbehandler";
  static final String KARI = "imdi.godkjenner";

  private TestPersistence db;
  private CaseWorld world;
  private long person;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, NOV_4);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void fromTheMunicipalitysDraftToTheApprovedDecision() {
    CaseView opened = world.municipality(OSLO, s -> s.openCase(person));
    assertThat(opened.number()).isEqualTo("2024/00001");
    long application = submittedT2(opened.id());

    QueueItem waiting = world.imdi(EVA, s -> s.queue(QueueFilter.NONE, page())).rows().get(0);
    assertThat(waiting.caseNumber()).isEqualTo("2024/00001");
    assertThat(waiting.dueDate()).isEqualTo(LocalDate.of(2024, 12, 13));
    world.imdi(EVA, s -> run(() -> s.take(opened.id(), caseVersion(opened.id()))));
    world.imdi(EVA, s -> run(() -> s.startAssessment(application, version(application))));
    DecisionLimitsView limits = world.imdi(EVA, s -> s.limits(application));
    assertThat(limits.maximum().value()).isEqualTo(Nok.kroner(348_005));
    assertThat(limits.rate().rateYear()).isEqualTo(2023);
    long decision =
        world.imdi(
            EVA,
            s -> s.prepareDecision(application, version(application), DecisionDraft.grant(null)));
    world.approval(KARI, s -> run(() -> s.approve(decision, decisionVersion(application), "OK")));

    ApplicationView view = world.reads(EVA, s -> s.application(application));
    assertThat(view.summary().state()).isEqualTo(ApplicationState.DECIDED);
    assertThat(view.summary().outcome()).isEqualTo(DecisionOutcome.GRANTED);
    assertThat(view.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.amount()).isEqualTo(Nok.kroner(348_005));
              assertThat(d.preparedBy()).isEqualTo(EVA);
              assertThat(d.reviewedBy()).isEqualTo(KARI);
              assertThat(d.status()).isEqualTo(ProposalStatus.APPROVED);
            });
    assertThat(world.events)
        .containsExactly(
            new DecisionApproved(opened.id(), application, decision, DecisionOutcome.GRANTED));
    List<CaseAudit> trail = world.reads(EVA, s -> s.audit(opened.id()));
    assertThat(trail)
        .extracting(
            CaseAudit::getAction,
            CaseAudit::getFromState,
            CaseAudit::getToState,
            CaseAudit::getUsername)
        .containsExactly(
            tuple("start", null, "DRAFT", OSLO),
            tuple("submit", "DRAFT", "SUBMITTED", OSLO),
            tuple("take", "UNASSIGNED", "ASSIGNED", EVA),
            tuple("startAssessment", "SUBMITTED", "UNDER_ASSESSMENT", EVA),
            tuple("prepareDecision", "UNDER_ASSESSMENT", "PREPARED", EVA),
            tuple("prepareDecision", null, "PENDING", EVA),
            tuple("approve", "PENDING", "APPROVED", KARI),
            tuple("approve", "PREPARED", "DECIDED", KARI));
    List<JournalEntryView> entries = world.reads(OSLO, s -> s.journal(opened.id()));
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.number()).isEqualTo(1);
              assertThat(e.type()).isEqualTo(EntryType.INCOMING);
              assertThat(e.party()).isEqualTo("Oslo kommune");
              assertThat(e.title()).isEqualTo("Søknad om T2, tilskuddsår 1");
              assertThat(e.screening()).isEqualTo(Screening.HEALTH_DATA);
              assertThat(e.documents()).hasSize(3);
            });
  }

  @Test
  @DisplayName("Maker/checker: the preparer cannot approve their own decision by any route")
  void thePreparerCannotApproveTheirOwnDecision() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    long application = submittedT2(caseId);
    Register.user(db, "imdi.begge", no.imdi.grants.security.Role.IMDI_CASEWORKER, null);
    world.imdi("imdi.begge", s -> run(() -> s.take(caseId, caseVersion(caseId))));
    world.imdi("imdi.begge", s -> run(() -> s.startAssessment(application, version(application))));
    long decision =
        world.imdi(
            "imdi.begge",
            s -> s.prepareDecision(application, version(application), DecisionDraft.grant(null)));

    assertThatThrownBy(
            () ->
                world.approval(
                    "imdi.begge",
                    s -> run(() -> s.approve(decision, decisionVersion(application), null))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("only an IMDI_APPROVER");
    db.run(
        em ->
            em.createNativeQuery(
                    "update app_user set role = 'IMDI_APPROVER' where username = 'imdi.begge'")
                .executeUpdate());
    assertThatThrownBy(
            () ->
                world.approval(
                    "imdi.begge",
                    s -> run(() -> s.approve(decision, decisionVersion(application), null))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("prepared by the caller");
    assertThatThrownBy(
            () ->
                world.approval(
                    "imdi.begge",
                    s -> run(() -> s.sendBack(decision, decisionVersion(application), "x"))))
        .isInstanceOf(AccessDeniedException.class);
    List<DecisionView> own =
        world.approval("imdi.begge", s -> s.pending(new PageRequest<>(0, 10, null, true)));
    assertThat(own).isEmpty();
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        em.createNativeQuery(
                                "update decision set proposal_status = 'APPROVED',"
                                    + " reviewed_by = 'IMDI.BEGGE', reviewed_at = now()")
                            .executeUpdate()))
        .hasStackTraceContaining("decision_four_eyes");
    assertThat(world.reads(KARI, s -> s.application(application)).decisions())
        .singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(ProposalStatus.PENDING));

    List<DecisionView> others =
        world.approval(KARI, s -> s.pending(new PageRequest<>(0, 10, null, true)));
    assertThat(others).extracting(DecisionView::id).containsExactly(decision);
    world.approval(KARI, s -> run(() -> s.approve(decision, decisionVersion(application), null)));
    assertThat(world.reads(KARI, s -> s.application(application)).decisions().get(0))
        .satisfies(
            d -> {
              assertThat(d.preparedBy()).isEqualTo("imdi.begge");
              assertThat(d.reviewedBy()).isEqualTo(KARI);
            });
  }

  @Test
  void healthInformationAndHealthDocumentsAreReadOnlyWithAnAccessLoggedPurpose() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    long application = submittedT2(caseId);
    long before = db.count("select count(*) from person_access_log");

    HealthInformation health =
        world.reads(EVA, s -> s.health(application, "Vurdering av søknaden"));
    world.reads(EVA, s -> s.openDocument(caseId, CaseWorld.uuid(1), "Lese legeerklæringen"));
    assertThatThrownBy(() -> world.reads(EVA, s -> s.health(application, " ")))
        .isInstanceOf(Refusal.class);

    assertThat(health.impairment()).isEqualTo("Alvorlig utviklingshemming");
    assertThat(world.reads(EVA, s -> s.application(application)).toString())
        .doesNotContain("utviklingshemming");
    assertThat(db.count("select count(*) from person_access_log")).isEqualTo(before + 2);
    assertThat(
            db.count(
                "select count(*) from person_access_log where username = 'imdi.saksbehandler'"
                    + " and person_id = "
                    + person
                    + " and purpose like 'Helseopplysninger i søknad %: Vurdering av søknaden'"))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from person_access_log where purpose like"
                    + " 'Helsedokument 00000000-0000-0000-0000-000000000001, sak 2024/00001: Lese legeerklæringen'"))
        .isEqualTo(1);
    List<no.imdi.grants.audit.PersonAccess> readers = world.reads(KARI, s -> s.reads(caseId));
    assertThat(readers).isNotEmpty();
  }

  @Test
  void anotherMunicipalityTheMinistryAndTheAdministratorSeeNoCase() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    long application = submittedT2(caseId);

    for (String outsider : List.of(BERGEN, "okonomi.oslo", "departementet", "admin")) {
      assertThatThrownBy(() -> world.reads(outsider, s -> s.caseFile(caseId)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> world.reads(outsider, s -> s.application(application)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> world.reads(outsider, s -> s.journal(caseId)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> world.reads(outsider, s -> s.openDocument(caseId, CaseWorld.uuid(1), "x")))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> world.municipality(BERGEN, s -> s.openCase(person)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                world.municipality(BERGEN, s -> s.startApplication(caseId, GrantKind.T1, 1, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.reads(BERGEN, s -> s.applications(caseId)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.reads(BERGEN, s -> s.enquiries(caseId)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aLateApplicationIsAcceptedFlaggedForDismissalAndDismissedOnR_DL_6() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    world.now(Instant.parse("2024-12-16T09:00:00Z"));

    long application = submittedT2(caseId);

    ApplicationSummary summary = world.reads(EVA, s -> s.application(application)).summary();
    assertThat(summary.flaggedForDismissal()).isTrue();
    assertThat(summary.deadline()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(
            world
                .imdi(EVA, s -> s.queue(QueueFilter.NONE, page()))
                .rows()
                .get(0)
                .flaggedForDismissal())
        .isTrue();
    world.imdi(EVA, s -> run(() -> s.take(caseId, caseVersion(caseId))));
    world.imdi(EVA, s -> run(() -> s.startAssessment(application, version(application))));
    long decision =
        world.imdi(
            EVA,
            s ->
                s.prepareDecision(
                    application, version(application), DecisionDraft.dismiss("For sent", null)));
    assertThat(world.reads(EVA, s -> s.application(application)).decisions().get(0).dismissalRule())
        .isEqualTo("R-DL-6");
    assertThat(decision).isPositive();
  }

  @Test
  @DisplayName("R-DL-5: a later deadline granted in time counts for the grant year everywhere")
  void R_DL_5_aGrantedExtensionCounts() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    world.now(Instant.parse("2024-12-01T09:00:00Z"));
    long request =
        world.municipality(
            OSLO,
            s -> s.requestExtension(caseId, 1, LocalDate.of(2025, 1, 31), "Venter på spesialist"));
    world.imdi(EVA, s -> run(() -> s.take(caseId, caseVersion(caseId))));
    world.imdi(
        EVA,
        s ->
            run(
                () ->
                    s.grantExtension(
                        request, extensionVersion(caseId), LocalDate.of(2025, 1, 31), null)));
    assertThat(world.reads(OSLO, s -> s.grantYears(caseId)).get(0).countingDeadline())
        .isEqualTo(LocalDate.of(2025, 1, 31));
    world.now(Instant.parse("2025-01-15T09:00:00Z"));

    long application = submittedT2(caseId);

    ApplicationSummary summary = world.reads(EVA, s -> s.application(application)).summary();
    assertThat(summary.flaggedForDismissal()).isFalse();
    assertThat(summary.deadline()).isEqualTo(LocalDate.of(2025, 1, 31));
    world.now(Instant.parse("2025-02-01T09:00:00Z"));
    assertThatThrownBy(
            () -> world.municipality(OSLO, s -> s.requestExtension(caseId, 2, null, "Igjen")))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_LATE);
              assertThat(r.arguments())
                  .containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2024, 12, 13));
            });
  }

  @Test
  void aRequestForDocumentationMakesTheApplicationWaitAndTheAnswerResumesIt() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    long application = submittedT2(caseId);
    world.imdi(EVA, s -> run(() -> s.take(caseId, caseVersion(caseId))));
    long enquiry =
        world.imdi(
            EVA,
            s ->
                s.requestDocumentation(
                    application,
                    version(application),
                    "Legeerklæring",
                    "Send oppdatert legeerklæring",
                    LocalDate.of(2024, 11, 25)));
    assertThat(world.reads(EVA, s -> s.application(application)).summary().state())
        .isEqualTo(ApplicationState.WAITING_FOR_DOCUMENTATION);

    world.municipality(
        OSLO,
        s ->
            run(
                () ->
                    s.reply(
                        enquiry,
                        world.reads(OSLO, r -> r.enquiries(caseId)).get(0).version(),
                        "Vedlagt",
                        List.of(new Upload("Legeerklæring", CaseWorld.document(9))),
                        true)));

    assertThat(world.reads(EVA, s -> s.application(application)).summary().state())
        .isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(world.reads(EVA, s -> s.enquiries(caseId)).get(0).state())
        .isEqualTo(EnquiryState.WAITING_FOR_IMDI);
    List<JournalEntryView> journal = world.reads(EVA, s -> s.journal(caseId));
    assertThat(journal)
        .extracting(JournalEntryView::number, JournalEntryView::type, JournalEntryView::title)
        .containsExactly(
            tuple(1, EntryType.INCOMING, "Søknad om T2, tilskuddsår 1"),
            tuple(2, EntryType.OUTGOING, "Legeerklæring"),
            tuple(3, EntryType.INCOMING, "Svar: Legeerklæring"));
    assertThat(
            world
                .imdi(
                    EVA,
                    s ->
                        s.queue(
                            new QueueFilter(
                                null,
                                null,
                                no.imdi.grants.casefile.QueueItemType.ENQUIRY,
                                null,
                                null,
                                false),
                            page()))
                .total())
        .isEqualTo(1);
  }

  @Test
  void aChangeMadeMeanwhileBySomeoneElseIsRefused() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    long application =
        world.municipality(OSLO, s -> s.startApplication(caseId, GrantKind.T1, 1, null));
    long opened = version(application);
    world.municipality(
        OSLO, s -> run(() -> s.saveDraft(application, opened, CaseWorld.content(500))));

    assertThatThrownBy(
            () ->
                world.municipality(
                    OSLO, s -> run(() -> s.saveDraft(application, opened, CaseWorld.content(600)))))
        .isInstanceOf(ConcurrentChangeException.class);
  }

  @Test
  void anApplicationForAGrantYearThatHasOneIsRefusedWithTheReason() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    world.municipality(OSLO, s -> s.startApplication(caseId, GrantKind.T1, 1, null));

    assertThatThrownBy(
            () ->
                world.municipality(
                    OSLO, s -> s.startApplication(caseId, GrantKind.T2, 1, ReportingBasis.BUDGET)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.APPLICATION_YEAR_TAKEN);
              assertThat(r.arguments()).containsExactly(1, GrantKind.T1, ApplicationState.DRAFT);
            });
  }

  @Test
  void twoFirstApplicationsAtTheSameMomentOpenOneCase() throws Exception {
    CompletableFuture<CaseView> first =
        CompletableFuture.supplyAsync(() -> world.municipality(OSLO, s -> s.openCase(person)));
    CompletableFuture<CaseView> second =
        CompletableFuture.supplyAsync(() -> world.municipality(OSLO, s -> s.openCase(person)));

    assertThat(first.get().id()).isEqualTo(second.get().id());
    assertThat(db.count("select count(*) from case_file where person_id = " + person)).isEqualTo(1);
    assertThat(db.count("select last_sequence from case_number_counter where case_year = 2024"))
        .isEqualTo(1);
  }

  private long submittedT2(long caseId) {
    long application =
        world.municipality(
            OSLO, s -> s.startApplication(caseId, GrantKind.T2, 1, ReportingBasis.BUDGET));
    world.municipality(
        OSLO,
        s -> run(() -> s.saveDraft(application, version(application), CaseWorld.content(1000))));
    long doc = 1;
    for (DocumentKind kind :
        List.of(DocumentKind.CONSENT, DocumentKind.HEALTH_DOCUMENTATION, DocumentKind.BUDGET)) {
      long id = doc++;
      world.municipality(
          OSLO,
          s ->
              s.attach(
                  application,
                  version(application),
                  kind,
                  kind.name(),
                  CaseWorld.document(id),
                  false));
    }
    assertThat(world.municipality(OSLO, s -> s.checkSubmission(application)).warnings()).isEmpty();
    world.municipality(OSLO, s -> s.submit(application, version(application), null));
    return application;
  }

  private long version(long application) {
    return world.reads(EVA, s -> s.application(application)).summary().version();
  }

  private long caseVersion(long caseId) {
    return world.reads(EVA, s -> s.caseFile(caseId)).version();
  }

  private long decisionVersion(long application) {
    List<DecisionView> decisions = world.reads(EVA, s -> s.application(application)).decisions();
    return decisions.get(decisions.size() - 1).version();
  }

  private long extensionVersion(long caseId) {
    return world.reads(EVA, s -> s.extensions(caseId)).get(0).version();
  }

  private static PageRequest<QueueSort> page() {
    return new PageRequest<>(0, 20, QueueSort.DEADLINE, true);
  }

  private static Void run(Runnable call) {
    call.run();
    return null;
  }
}
