package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseAudit;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.journal.EntryType;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The case services on PostgreSQL, as the container runs them (one transaction per call, the caller
 * from the session context): a municipality applies, IMDi assesses and prepares, a second officer
 * approves; and what each side may not do.
 */
class CaseServicesTest extends CaseServicesFixture {

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
            new DecisionApproved(
                opened.id(),
                application,
                decision,
                DecisionOutcome.GRANTED,
                world.clock().instant()));
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
}
