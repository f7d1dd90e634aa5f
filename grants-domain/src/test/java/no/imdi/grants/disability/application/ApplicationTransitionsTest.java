package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.ApplicationState.DECIDED;
import static no.imdi.grants.disability.application.ApplicationState.DRAFT;
import static no.imdi.grants.disability.application.ApplicationState.PREPARED;
import static no.imdi.grants.disability.application.ApplicationState.SENT_BACK;
import static no.imdi.grants.disability.application.ApplicationState.SUBMITTED;
import static no.imdi.grants.disability.application.ApplicationState.UNDER_ASSESSMENT;
import static no.imdi.grants.disability.application.ApplicationState.WAITING_FOR_DOCUMENTATION;
import static no.imdi.grants.disability.application.ApplicationState.WITHDRAWN;
import static no.imdi.grants.disability.application.Cases.APPROVER;
import static no.imdi.grants.disability.application.Cases.CASEWORKER;
import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.OTHER_CASEWORKER;
import static no.imdi.grants.disability.application.Cases.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.GrantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application's state machine: each verb moves from the states it allows, returns what it did,
 * and refuses every other state and every other role, changing nothing.
 */
class ApplicationTransitionsTest {

  @Test
  void aNewApplicationIsTheMunicipalitysDraft() {
    var created =
        NewApplications.start(
            Cases.caseFile(),
            Cases.OSLO,
            GrantKind.T1,
            1,
            null,
            5,
            Cases.noHistory(),
            MUNICIPALITY,
            T0);

    assertThat(created.matter().getState()).isEqualTo(DRAFT);
    assertThat(created.change())
        .isEqualTo(new StateChange<>("start", null, DRAFT, "kommune.oslo", T0, null));
  }

  @Test
  void submitMovesTheDraftAndSaysWhoAndWhen() {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);

    StateChange<ApplicationState> change =
        application.submit(Cases.inTime(), null, MUNICIPALITY, T0);

    assertThat(change)
        .isEqualTo(new StateChange<>("submit", DRAFT, SUBMITTED, "kommune.oslo", T0, null));
    assertThat(application.getSubmission().by()).isEqualTo("kommune.oslo");
    assertThat(application.getSubmission().receivedOn()).isEqualTo(Cases.TODAY);
  }

  @ParameterizedTest(name = "submit from {0}")
  @EnumSource(ApplicationState.class)
  void submitOnlyFromDraft(ApplicationState state) {
    expect(
        state, EnumSet.of(DRAFT), a -> a.submit(Cases.inTime(), null, MUNICIPALITY, T0), SUBMITTED);
  }

  @ParameterizedTest(name = "saveDraft in {0}")
  @EnumSource(ApplicationState.class)
  void saveDraftOnlyInDraft(ApplicationState state) {
    Application application = Cases.inState(state);
    if (state == DRAFT) {
      application.saveDraft(Cases.content(500), MUNICIPALITY, T0);
      assertThat(application.getMeasures().get(0).getLines().get(0).hours())
          .isEqualByComparingTo("500");
    } else {
      assertRefused(() -> application.saveDraft(Cases.content(500), MUNICIPALITY, T0));
    }
  }

  @ParameterizedTest(name = "startAssessment from {0}")
  @EnumSource(ApplicationState.class)
  void startAssessmentOnlyFromSubmitted(ApplicationState state) {
    expect(
        state,
        EnumSet.of(SUBMITTED),
        a -> {
          takeIfFree(a);
          a.startAssessment(CASEWORKER, T0);
        },
        UNDER_ASSESSMENT);
  }

  @ParameterizedTest(name = "awaitDocumentation from {0}")
  @EnumSource(ApplicationState.class)
  void awaitDocumentationWhileIMDiHasIt(ApplicationState state) {
    expect(
        state,
        EnumSet.of(SUBMITTED, UNDER_ASSESSMENT, SENT_BACK),
        a -> {
          takeIfFree(a);
          a.awaitDocumentation(CASEWORKER, T0, "Legeerklæring mangler");
        },
        WAITING_FOR_DOCUMENTATION);
  }

  @ParameterizedTest(name = "resumeAssessment from {0}")
  @EnumSource(ApplicationState.class)
  void resumeAssessmentOnlyWhileWaiting(ApplicationState state) {
    expect(
        state,
        EnumSet.of(WAITING_FOR_DOCUMENTATION),
        a -> a.resumeAssessment(MUNICIPALITY, T0, "Svar på forespørsel"),
        UNDER_ASSESSMENT);
  }

  @ParameterizedTest(name = "prepareDecision from {0}")
  @EnumSource(ApplicationState.class)
  void prepareDecisionUnderAssessmentOrSentBack(ApplicationState state) {
    expect(
        state,
        EnumSet.of(UNDER_ASSESSMENT, SENT_BACK),
        a -> {
          takeIfFree(a);
          Cases.prepare(a, DecisionDraft.grant(null));
        },
        PREPARED);
  }

  @ParameterizedTest(name = "withdraw from {0}")
  @EnumSource(ApplicationState.class)
  void withdrawUntilADecisionWaitsForApproval(ApplicationState state) {
    expect(
        state,
        EnumSet.of(DRAFT, SUBMITTED, WAITING_FOR_DOCUMENTATION, UNDER_ASSESSMENT, SENT_BACK),
        a -> a.withdraw(MUNICIPALITY, T0, "Personen har flyttet"),
        WITHDRAWN);
  }

  @ParameterizedTest(name = "attach in {0}")
  @EnumSource(ApplicationState.class)
  void documentsCanBeSentUntilADecisionIsPrepared(ApplicationState state) {
    Application application = Cases.inState(state);
    Set<ApplicationState> allowed =
        EnumSet.of(DRAFT, SUBMITTED, WAITING_FOR_DOCUMENTATION, UNDER_ASSESSMENT, SENT_BACK);
    int before = application.getAttachments().size();
    if (allowed.contains(state)) {
      Cases.attach(application, DocumentKind.OTHER);
      assertThat(application.getAttachments()).hasSize(before + 1);
    } else {
      assertRefused(() -> Cases.attach(application, DocumentKind.OTHER));
      assertThat(application.getAttachments()).hasSize(before);
    }
  }

  @Test
  void approvalDecidesTheApplicationWithTheDecisionsOutcome() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);
    Decision decision = Cases.prepare(application, DecisionDraft.grant(null)).decision();

    Review review = decision.approve(APPROVER, T0.plusSeconds(60), "OK");

    assertThat(review.application())
        .isEqualTo(
            new StateChange<>(
                "approve", PREPARED, DECIDED, "imdi.godkjenner", T0.plusSeconds(60), "GRANTED"));
    assertThat(application.getOutcome()).isEqualTo(DecisionOutcome.GRANTED);
    assertThat(application.isGranted()).isTrue();
  }

  @Test
  void sendingBackLetsTheCaseworkerPrepareANewDecision() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);
    Decision first = Cases.prepare(application, DecisionDraft.grant(null)).decision();

    Review back = first.sendBack(APPROVER, T0, "Begrunn beløpet");
    Decision second = Cases.prepare(application, DecisionDraft.grant(null)).decision();

    assertThat(back.application().to()).isEqualTo(SENT_BACK);
    assertThat(back.application().why()).isEqualTo("Begrunn beløpet");
    assertThat(application.getState()).isEqualTo(PREPARED);
    assertThat(second).isNotSameAs(first);
  }

  @Test
  void imdisVerbsNeedTheCaseTakenByTheCaseworker() {
    Application application = Cases.submitted(GrantKind.T2, 1, 1000);

    assertThatThrownBy(() -> application.startAssessment(CASEWORKER, T0))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.CASE_NOT_TAKEN));
    application.getCaseFile().take(CASEWORKER, T0);
    assertThatThrownBy(() -> application.startAssessment(OTHER_CASEWORKER, T0))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.CASE_TAKEN_BY_OTHER));
    assertThat(application.getState()).isEqualTo(SUBMITTED);
  }

  @Test
  void theMunicipalitysVerbsRefuseOtherRoles() {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);

    for (var actor :
        new no.imdi.grants.security.Actor[] {
          CASEWORKER, APPROVER, Cases.FINANCE, Cases.MINISTRY, Cases.ADMIN
        }) {
      assertThatThrownBy(() -> application.submit(Cases.inTime(), null, actor, T0))
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.ROLE_NOT_ALLOWED));
    }
    assertThat(application.getState()).isEqualTo(DRAFT);
  }

  @Test
  void aDraftsAttachmentCanBeRemovedOnlyByItsId() {
    Application application = Cases.draft(GrantKind.T1, 1);

    assertThatThrownBy(() -> application.detach(99, MUNICIPALITY, T0))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.ATTACHMENT_UNKNOWN));
  }

  private static void expect(
      ApplicationState state,
      Set<ApplicationState> allowed,
      Consumer<Application> verb,
      ApplicationState to) {
    Application application = Cases.inState(state);
    if (allowed.contains(state)) {
      verb.accept(application);
      assertThat(application.getState()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> verb.accept(application))
          .isInstanceOfSatisfying(
              Refusal.class,
              r -> {
                assertThat(r.reason()).isEqualTo(CaseMessage.APPLICATION_STATE);
                assertThat(r.arguments()).containsExactly(state);
              });
      assertThat(application.getState()).isEqualTo(state);
    }
  }

  private static void assertRefused(Runnable verb) {
    assertThatThrownBy(verb::run).isInstanceOf(Refusal.class);
  }

  private static void takeIfFree(Application application) {
    if (application.getCaseFile().getAssignedTo() == null) {
      application.getCaseFile().take(CASEWORKER, T0);
    }
  }
}
