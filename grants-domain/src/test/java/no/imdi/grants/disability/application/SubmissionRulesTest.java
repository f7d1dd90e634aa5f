package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.T0;
import static no.imdi.grants.disability.application.Cases.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.Timeliness;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The submit check, one test per rule id it applies, with the seed's examples: the cost thresholds
 * and cost rules, the health information, and what submitting does with refusals and warnings. The
 * documentation rules are in {@link SubmissionDocumentationTest}, the deadline rules in {@link
 * SubmissionDeadlineTest}.
 */
class SubmissionRulesTest {

  @Test
  void aCompleteApplicationInTimeHasNoProblem() {
    SubmissionCheck check = Cases.complete(GrantKind.T2, 1, 1000).check(Cases.inTime());

    assertThat(check.problems()).isEmpty();
    assertThat(check.costs().total()).isEqualTo(Nok.kroner(348_005));
    assertThat(check.timeliness()).isEqualTo(Timeliness.IN_TIME);
    assertThat(check.deadline()).isEqualTo(LocalDate.of(2024, 12, 13));
  }

  @ParameterizedTest(name = "{0} hours: {1} kr, refused {2}")
  @DisplayName("R-T1-1: T1 costs below 100 000 refuse the submission")
  @CsvSource({"287, 99877, true", "288, 100225, false", "1000, 348005, false"})
  void R_T1_1_threshold(long hours, long total, boolean refused) {
    SubmissionCheck check = Cases.complete(GrantKind.T1, 1, hours).check(Cases.inTime());

    assertThat(check.costs().total()).isEqualTo(Nok.kroner(total));
    assertThat(check.maySubmit()).isEqualTo(!refused);
    if (refused) {
      assertThat(check.refusals())
          .extracting(SubmitProblem::message, SubmitProblem::rule, SubmitProblem::arguments)
          .containsExactly(
              tuple(
                  CaseMessage.SUBMIT_T1_THRESHOLD,
                  "R-T1-1",
                  List.of(Nok.kroner(total), Nok.kroner(100_000))));
    }
  }

  @ParameterizedTest(name = "{0} hours: {1} kr, refused {2}")
  @DisplayName("R-T2-1: T2 costs below the 200 000 threshold refuse the submission")
  @CsvSource({"574, 199755, true", "575, 200103, false"})
  void R_T2_1_threshold(long hours, long total, boolean refused) {
    SubmissionCheck check = Cases.complete(GrantKind.T2, 1, hours).check(Cases.inTime());

    assertThat(check.costs().total()).isEqualTo(Nok.kroner(total));
    assertThat(Cases.messages(check))
        .containsExactlyElementsOf(refused ? List.of(CaseMessage.SUBMIT_T2_THRESHOLD) : List.of());
  }

  @Test
  @DisplayName(
      "R-DOC-3: an application without measures is refused; R-COST-3: so is one without zone")
  void R_DOC_3_measuresWithCostCalculation() {
    Application none = Cases.draft(GrantKind.T2, 1);
    none.saveDraft(Cases.content(List.of()), MUNICIPALITY, T0);
    assertThat(none.check(Cases.inTime()).refusals())
        .extracting(SubmitProblem::message)
        .contains(CaseMessage.SUBMIT_MEASURES_MISSING);

    Application noZone = Cases.complete(GrantKind.T2, 1, 1000);
    DraftContent c = Cases.content(1000);
    noZone.saveDraft(
        new DraftContent(c.health(), c.consentNames(), null, false, false, false, c.measures()),
        MUNICIPALITY,
        T0);
    assertThat(noZone.check(Cases.inTime()).refusals())
        .extracting(SubmitProblem::message, SubmitProblem::rule)
        .containsExactly(tuple(CaseMessage.SUBMIT_ZONE_MISSING, "R-COST-3"));
  }

  @Test
  @DisplayName("R-COST-6: each measure states what other bodies fund")
  void R_COST_6_otherFunding() {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    DraftContent c = Cases.content(1000);
    MeasureInput silent = new MeasureInput("Avlastning", null, null, List.of(Cases.line(10)));
    application.saveDraft(
        new DraftContent(
            c.health(),
            c.consentNames(),
            c.zone(),
            false,
            false,
            false,
            List.of(c.measures().get(0), silent)),
        MUNICIPALITY,
        T0);

    assertThat(application.check(Cases.inTime()).warnings())
        .extracting(SubmitProblem::message, SubmitProblem::arguments)
        .containsExactly(tuple(CaseMessage.SUBMIT_OTHER_FUNDING, List.of("Avlastning")));
  }

  @ParameterizedTest(name = "unaccompanied minor {0}")
  @DisplayName("R-COST-5: for an unaccompanied minor, what is beyond the EM grant")
  @ValueSource(booleans = {true, false})
  void R_COST_5_beyondTheEmGrant(boolean unaccompaniedMinor) {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    SubmissionContext context =
        new SubmissionContext(
            TODAY,
            LocalDate.of(2024, 12, 13),
            null,
            unaccompaniedMinor,
            false,
            false,
            true,
            null,
            null);

    assertThat(Cases.messages(application.check(context)))
        .containsExactlyElementsOf(
            unaccompaniedMinor ? List.of(CaseMessage.SUBMIT_BEYOND_EM_GRANT) : List.of());
  }

  @ParameterizedTest(name = "arose before settlement: {0}")
  @DisplayName("R-T-TG-2: the impairment described, and that it arose before settlement")
  @CsvSource({
    "true, ",
    "false, SUBMIT_AROSE_BEFORE_SETTLEMENT",
    ", SUBMIT_AROSE_BEFORE_SETTLEMENT"
  })
  void R_T_TG_2_healthInformation(Boolean before, CaseMessage expected) {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    DraftContent c = Cases.content(1000);
    HealthInformation health =
        new HealthInformation("Autisme", "Som barn", before, "Tett oppfølging");
    application.saveDraft(
        new DraftContent(health, c.consentNames(), c.zone(), false, false, false, c.measures()),
        MUNICIPALITY,
        T0);
    assertThat(Cases.messages(application.check(Cases.inTime())))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));

    application.saveDraft(
        new DraftContent(
            new HealthInformation(null, null, true, null),
            c.consentNames(),
            c.zone(),
            false,
            false,
            false,
            c.measures()),
        MUNICIPALITY,
        T0);
    assertThat(application.check(Cases.inTime()).refusals())
        .extracting(SubmitProblem::message, SubmitProblem::rule)
        .containsExactly(tuple(CaseMessage.SUBMIT_HEALTH_MISSING, "R-T-TG-2"));
  }

  @Test
  void whatTheEligibilityRulesRefuseNowIsRefused() {
    Application application = Cases.complete(GrantKind.T1, 2, 1000);
    SubmissionContext context =
        new SubmissionContext(
            TODAY,
            LocalDate.of(2024, 12, 13),
            null,
            false,
            false,
            false,
            true,
            Refusal.of(CaseMessage.ELIGIBILITY_T1_AFTER_T2),
            null);

    assertThatThrownBy(() -> application.submit(context, "ok", MUNICIPALITY, T0))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("R-T1-2"));
    assertThat(application.getState()).isEqualTo(ApplicationState.DRAFT);
  }

  @Test
  void warningsNeedTheMunicipalitysCommentAndTheOverrideIsKept() {
    Application application = Cases.draft(GrantKind.T2, 1);
    application.saveDraft(Cases.answers(false, false, false), MUNICIPALITY, T0);
    Cases.attach(application, DocumentKind.CONSENT);

    assertThatThrownBy(() -> application.submit(Cases.inTime(), " ", MUNICIPALITY, T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.SUBMIT_OVERRIDE_COMMENT_REQUIRED);
              assertThat(r.field()).isEqualTo("overrideComment");
              assertThat(r.arguments()).containsExactly(2);
            });
    application.submit(Cases.inTime(), "Legeerklæring ettersendes", MUNICIPALITY, T0);

    assertThat(application.getSubmission().overrideComment())
        .isEqualTo("Legeerklæring ettersendes");
    assertThat(application.getSubmission().overriddenRules()).isEqualTo("R-DOC-2, R-DOC-4");
  }

  @Test
  void aRefusalRefusesTheSubmissionWithItsFirstReason() {
    Application application = Cases.complete(GrantKind.T2, 1, 100);

    assertThatThrownBy(() -> application.submit(Cases.inTime(), "ok", MUNICIPALITY, T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.SUBMIT_T2_THRESHOLD);
              assertThat(r.rule()).isEqualTo("R-T2-1");
            });
    assertThat(application.getSubmission()).isNull();
  }
}
