package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.journal.EntryType;
import no.imdi.grants.shared.ConcurrentChangeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The matters of a case on PostgreSQL beside the main flow: a late application (R-DL-6), a later
 * deadline (R-DL-5), a request for documentation and its answer, a change made meanwhile, a second
 * application for a grant year, and two first applications at the same moment.
 */
class CaseMattersTest extends CaseServicesFixture {

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
}
