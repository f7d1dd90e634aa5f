package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.APPROVER;
import static no.imdi.grants.disability.application.Cases.CASEWORKER;
import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decisions: outcomes, the amounts the rules allow, and maker/checker. */
class DecisionTest {

  @ParameterizedTest(name = "{0}")
  @DisplayName("R-DEC-1: granted, partly granted, refused or dismissed, each with what it needs")
  @CsvSource({
    "GRANTED, , , 348005",
    "PARTLY_GRANTED, 0, Bare assistansen, 348005",
    "REFUSED, , Ikke dokumentert, ",
    "DISMISSED, , For sent, "
  })
  void R_DEC_1_outcomes(DecisionOutcome outcome, Integer measure, String reason, Long amount) {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);
    Set<Integer> measures = measure == null ? Set.of() : Set.of(measure);

    Decision decision =
        Cases.prepare(
                application, new DecisionDraft(outcome, null, measures, reason, null, false, false))
            .decision();

    assertThat(decision.getOutcome()).isEqualTo(outcome);
    assertThat(decision.getAmount()).isEqualTo(amount == null ? null : Nok.kroner(amount));
    assertThat(decision.getReason()).isEqualTo(reason);
    assertThat(decision.getEligibleCosts()).isEqualTo(Nok.kroner(348_005));
    assertThat(decision.getStatus()).isEqualTo(ProposalStatus.PENDING);
    assertThat(decision.getProposal().getPreparedBy()).isEqualTo("imdi.saksbehandler");
    assertThat(outcome.appealable()).isEqualTo(outcome == DecisionOutcome.DISMISSED);
  }

  @ParameterizedTest(name = "T1 of {0} kr")
  @DisplayName("R-T1-1: T1 is the year's T1 rate, neither more, less nor in part")
  @CsvSource({"196400, true", "196399, false", "196401, false"})
  void R_T1_1_t1IsTheRate(long kroner, boolean accepted) {
    Application application = Cases.assessed(GrantKind.T1, 1, 1000);
    DecisionDraft draft = DecisionDraft.grant(Nok.kroner(kroner)).withReason("Vurdert");

    if (accepted) {
      assertThat(Cases.prepare(application, draft).decision().getAmount())
          .isEqualTo(Nok.kroner(196_400));
    } else {
      assertThatThrownBy(() -> Cases.prepare(application, draft))
          .isInstanceOfSatisfying(
              Refusal.class,
              r -> {
                assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_T1_FIXED);
                assertThat(r.rule()).isEqualTo("R-T1-1");
              });
    }
    DecisionDraft partly =
        new DecisionDraft(
            DecisionOutcome.PARTLY_GRANTED, null, Set.of(0), "Del", null, false, false);
    Application other = Cases.assessed(GrantKind.T1, 1, 1000);
    assertThatThrownBy(() -> Cases.prepare(other, partly))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_T1_NOT_PARTLY));
  }

  @ParameterizedTest(name = "{0} hours, amount {1}: maximum {2}, {3}")
  @DisplayName("R-T2-1: T2 is the eligible costs capped by the year's cap; less with a reason")
  @CsvSource({
    "1000, , 348005, accepted",
    "1000, 300000, 348005, needs reason",
    "1000, 348006, 348005, above maximum",
    "5000, , 1608000, accepted",
    "5000, 1608001, 1608000, above maximum"
  })
  void R_T2_1_cappedByTheYearsCap(long hours, Long amount, long maximum, String expected) {
    Application application = Cases.assessed(GrantKind.T2, 1, hours);
    DecisionDraft draft = DecisionDraft.grant(amount == null ? null : Nok.kroner(amount));

    switch (expected) {
      case "accepted" -> {
        Decision decision = Cases.prepare(application, draft).decision();
        assertThat(decision.getMaximum()).isEqualTo(Nok.kroner(maximum));
        assertThat(decision.getAmount()).isEqualTo(Nok.kroner(maximum));
      }
      case "needs reason" -> {
        assertThatThrownBy(() -> Cases.prepare(application, draft))
            .isInstanceOfSatisfying(
                Refusal.class,
                r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_REASON_REQUIRED));
        Decision decision =
            Cases.prepare(application, draft.withReason("Deler av tiltaket er ikke levert"))
                .decision();
        assertThat(decision.getAmount()).isEqualTo(Nok.kroner(amount));
        assertThat(decision.getMaximum()).isEqualTo(Nok.kroner(maximum));
      }
      default ->
          assertThatThrownBy(() -> Cases.prepare(application, draft.withReason("x")))
              .isInstanceOfSatisfying(
                  Refusal.class,
                  r -> {
                    assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_ABOVE_MAXIMUM);
                    assertThat(r.arguments())
                        .containsExactly(Nok.kroner(amount), Nok.kroner(maximum));
                  });
    }
  }

  @Test
  @DisplayName("R-T2-1: a partial grant names its measures, which must reach the threshold")
  void R_T2_1_partialGrantOfSomeMeasures() {
    Application application = Cases.draft(GrantKind.T2, 1);
    application.saveDraft(
        Cases.content(List.of(Cases.measure("Assistanse", 1000), Cases.measure("Avlastning", 100))),
        MUNICIPALITY,
        T0);
    Cases.attach(application, DocumentKind.CONSENT);
    Cases.attach(application, DocumentKind.HEALTH_DOCUMENTATION);
    Cases.attach(application, DocumentKind.BUDGET);
    application.submit(Cases.inTime(), null, MUNICIPALITY, T0);
    application.getCaseFile().take(CASEWORKER, T0);
    application.startAssessment(CASEWORKER, T0);

    assertThatThrownBy(
            () ->
                Cases.prepare(
                    application,
                    new DecisionDraft(
                        DecisionOutcome.PARTLY_GRANTED,
                        null,
                        Set.of(1),
                        "Bare avlastning",
                        null,
                        false,
                        false)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_T2_THRESHOLD));
    Decision decision =
        Cases.prepare(
                application,
                new DecisionDraft(
                    DecisionOutcome.PARTLY_GRANTED,
                    null,
                    Set.of(0),
                    "Avlastning er ikke ekstraordinær",
                    null,
                    true,
                    false))
            .decision();

    assertThat(decision.getAmount()).isEqualTo(Nok.kroner(348_005));
    assertThat(decision.getEligibleCosts()).isEqualTo(Nok.kroner(348_005));
    assertThat(decision.getGrantedMeasures())
        .extracting(GrantedMeasure::position, GrantedMeasure::name, GrantedMeasure::costs)
        .containsExactly(tuple(0, "Assistanse", Nok.kroner(348_005)));
    assertThat(decision.isDurableOnSpecialistAssessment()).isTrue();
  }

  @Test
  @DisplayName("R-RATE-2: without a rate for the year there is no amount to grant")
  void R_RATE_2_noRateNoGrant() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);

    assertThatThrownBy(
            () ->
                application.prepareDecision(
                    DecisionDraft.grant(null), Cases.unknownRate(RateCode.T2), CASEWORKER, T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_RATE_UNKNOWN);
              assertThat(r.arguments()).containsExactly("T2", 2025);
            });
    assertThat(application.getState()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);
  }

  @Test
  @DisplayName("R-DL-6: a late application's dismissal rests on R-DL-6 unless told otherwise")
  void R_DL_6_dismissalOfALateApplication() {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    application.submit(
        Cases.context(LocalDate.of(2025, 1, 6), LocalDate.of(2024, 12, 13), null),
        null,
        MUNICIPALITY,
        T0);
    application.getCaseFile().take(CASEWORKER, T0);
    application.startAssessment(CASEWORKER, T0);

    Decision decision =
        Cases.prepare(application, DecisionDraft.dismiss("Søknaden kom etter fristen", null))
            .decision();

    assertThat(decision.getDismissalRule()).isEqualTo("R-DL-6");
    assertThat(decision.getAmount()).isNull();
  }

  @Test
  void refusalsAndDismissalsCarryNoAmountAndAReason() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);

    assertThatThrownBy(
            () ->
                Cases.prepare(
                    application,
                    new DecisionDraft(
                        DecisionOutcome.REFUSED, Nok.kroner(1), Set.of(), "x", null, false, false)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_NO_AMOUNT));
    assertThatThrownBy(() -> Cases.prepare(application, DecisionDraft.refuse(" ")))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.REQUIRED);
              assertThat(r.field()).isEqualTo("reason");
            });
    assertThatThrownBy(() -> Cases.prepare(application, DecisionDraft.dismiss("x", "R-dl-6")))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_RULE_INVALID));
  }

  @Test
  void theApproverApprovesAndBothNamesAreKept() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);
    Decision decision = Cases.prepare(application, DecisionDraft.grant(null)).decision();

    Review review = decision.approve(APPROVER, T0.plusSeconds(3600), "Godkjent");

    assertThat(review.decision().from()).isEqualTo(ProposalStatus.PENDING);
    assertThat(review.decision().to()).isEqualTo(ProposalStatus.APPROVED);
    assertThat(decision.getProposal().getPreparedBy()).isEqualTo("imdi.saksbehandler");
    assertThat(decision.getProposal().getReviewedBy()).isEqualTo("imdi.godkjenner");
    assertThat(decision.getProposal().getReviewedAt()).isEqualTo(T0.plusSeconds(3600));
    assertThat(decision.getProposal().getReviewComment()).isEqualTo("Godkjent");
  }

  @Test
  void thePreparerCannotApproveTheirOwnDecisionEvenAsAnApprover() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);
    Decision decision = Cases.prepare(application, DecisionDraft.grant(null)).decision();
    Actor sameOfficerNowApprover = new Actor("IMDI.Saksbehandler ", Role.IMDI_APPROVER);

    assertThatThrownBy(() -> decision.approve(CASEWORKER, T0, null))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_APPROVER_ROLE));
    assertThatThrownBy(() -> decision.approve(sameOfficerNowApprover, T0, null))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_OWN));
    assertThat(decision.getStatus()).isEqualTo(ProposalStatus.PENDING);
    assertThat(application.getState()).isEqualTo(ApplicationState.PREPARED);
  }

  @Test
  void aDecisionIsCheckedOnceAndItsLetterRecordedOnce() {
    Application application = Cases.assessed(GrantKind.T2, 1, 1000);
    Decision decision = Cases.prepare(application, DecisionDraft.grant(null)).decision();
    assertThatThrownBy(() -> decision.recordLetter(7))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_NOT_APPROVED));

    decision.approve(APPROVER, T0, null);
    decision.recordLetter(7);

    assertThat(decision.getLetterEntryId()).isEqualTo(7);
    assertThatThrownBy(() -> decision.sendBack(APPROVER, T0, "for sent"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_NOT_PENDING));
    assertThatThrownBy(() -> decision.recordLetter(8))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_LETTER_RECORDED));
  }
}
