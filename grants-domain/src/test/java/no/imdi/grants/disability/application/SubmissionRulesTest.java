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

/** The submit check, one test per rule id it applies, with the seed's examples. */
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
    assertThat(messages(check))
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

  @ParameterizedTest(name = "missing consent refuses: {0}")
  @DisplayName("R-DOC-1: informed consent, naming who is released from confidentiality")
  @ValueSource(booleans = {true, false})
  void R_DOC_1_consent(boolean refuses) {
    Application application = Cases.draft(GrantKind.T1, 1);
    DraftContent c = Cases.content(1000);
    application.saveDraft(
        new DraftContent(c.health(), " ", c.zone(), false, false, false, c.measures()),
        MUNICIPALITY,
        T0);
    Cases.attach(application, DocumentKind.HEALTH_DOCUMENTATION);
    SubmissionContext context =
        new SubmissionContext(
            TODAY, LocalDate.of(2024, 12, 13), null, false, false, false, refuses, null, null);

    SubmissionCheck check = application.check(context);

    Severity expected = refuses ? Severity.REFUSED : Severity.WARNING;
    assertThat(check.problems())
        .extracting(SubmitProblem::severity, SubmitProblem::message, SubmitProblem::rule)
        .containsExactly(
            tuple(expected, CaseMessage.SUBMIT_CONSENT_MISSING, "R-DOC-1"),
            tuple(expected, CaseMessage.SUBMIT_CONSENT_NAMES_MISSING, "R-DOC-1"));
  }

  @ParameterizedTest(name = "new health information {0}, new consent attached {1}")
  @DisplayName("R-DOC-9: new information from health personnel needs new consent")
  @CsvSource({
    "true, false, SUBMIT_NEW_CONSENT_MISSING",
    "true, true, ",
    "false, false, ",
    ", false, SUBMIT_NEW_HEALTH_UNANSWERED"
  })
  void R_DOC_9_newConsent(Boolean newInformation, boolean attached, CaseMessage expected) {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    application.saveDraft(answers(false, false, newInformation), MUNICIPALITY, T0);
    if (attached) {
      Cases.attach(application, DocumentKind.NEW_CONSENT);
    }

    assertThat(messages(application.check(Cases.inTime())))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "{0} grant year {1}, specialist assessment {2}, not lasting {3}")
  @DisplayName("R-DOC-2 / R-DOC-7: health documentation, unless a specialist assessment holds")
  @CsvSource({
    "T1, 1, false, false, true",
    "T2, 1, true, false, true",
    "T2, 2, false, false, true",
    "T2, 2, true, false, false",
    "T2, 4, true, true, true"
  })
  void R_DOC_2_healthDocumentation(
      GrantKind kind, int year, boolean specialist, boolean notLasting, boolean asked) {
    Application application = Cases.draft(kind, year);
    application.saveDraft(Cases.content(1000), MUNICIPALITY, T0);
    Cases.attach(application, DocumentKind.CONSENT);
    Cases.attach(application, DocumentKind.BUDGET);
    SubmissionContext context =
        new SubmissionContext(
            TODAY,
            LocalDate.of(2024, 12, 13),
            null,
            false,
            specialist,
            notLasting,
            true,
            null,
            null);

    List<SubmitProblem> warnings = application.check(context).warnings();

    assertThat(warnings)
        .extracting(SubmitProblem::message, SubmitProblem::rule)
        .containsExactlyElementsOf(
            asked ? List.of(tuple(CaseMessage.SUBMIT_HEALTH_DOCUMENTATION, "R-DOC-2")) : List.of());
  }

  @ParameterizedTest(name = "{0} {1}")
  @DisplayName("R-DOC-4 / R-REP-2: T2 needs the budget, or the accounts when accounts-based")
  @CsvSource({
    "T1, , BUDGET, ",
    "T2, BUDGET, ACCOUNTS_REPORT, SUBMIT_BUDGET_MISSING",
    "T2, BUDGET, BUDGET, ",
    "T2, ACCOUNTS, BUDGET, SUBMIT_ACCOUNTS_MISSING",
    "T2, ACCOUNTS, ACCOUNTS_REPORT, "
  })
  void R_DOC_4_budgetOrAccounts(
      GrantKind kind, ReportingBasis basis, DocumentKind attached, CaseMessage expected) {
    Application application =
        NewApplications.start(
                Cases.caseFile(),
                Cases.OSLO,
                kind,
                1,
                basis,
                5,
                Cases.noHistory(),
                MUNICIPALITY,
                T0)
            .matter();
    application.saveDraft(Cases.content(1000), MUNICIPALITY, T0);
    Cases.attach(application, DocumentKind.CONSENT);
    Cases.attach(application, DocumentKind.HEALTH_DOCUMENTATION);
    Cases.attach(application, attached);

    assertThat(messages(application.check(Cases.inTime())))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    if (expected != null) {
      assertThat(application.check(Cases.inTime()).warnings().get(0).rule())
          .isEqualTo(basis == ReportingBasis.ACCOUNTS ? "R-REP-2" : "R-DOC-4");
    }
  }

  @ParameterizedTest(name = "services needing a decision: {0}, attached {1}")
  @DisplayName("R-DOC-5: individual decisions where the law requires one")
  @CsvSource({
    "true, false, SUBMIT_INDIVIDUAL_DECISIONS",
    "true, true, ",
    "false, false, ",
    ", false, SUBMIT_INDIVIDUAL_DECISIONS_UNANSWERED"
  })
  void R_DOC_5_individualDecisions(Boolean answer, boolean attached, CaseMessage expected) {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    application.saveDraft(answers(answer, false, false), MUNICIPALITY, T0);
    if (attached) {
      Cases.attach(application, DocumentKind.INDIVIDUAL_DECISION);
    }

    assertThat(messages(application.check(Cases.inTime())))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "pedagogical measures: {0}, attached {1}")
  @DisplayName("R-DOC-6: the PPT's assessment for pedagogical measures")
  @CsvSource({
    "true, false, SUBMIT_PPT_MISSING",
    "true, true, ",
    "false, false, ",
    ", false, SUBMIT_PEDAGOGICAL_UNANSWERED"
  })
  void R_DOC_6_pedagogicalAssessment(Boolean answer, boolean attached, CaseMessage expected) {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    application.saveDraft(answers(false, answer, false), MUNICIPALITY, T0);
    if (attached) {
      Cases.attach(application, DocumentKind.PPT_ASSESSMENT);
    }

    assertThat(messages(application.check(Cases.inTime())))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
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

    assertThat(messages(application.check(context)))
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
    assertThat(messages(application.check(Cases.inTime())))
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

  @ParameterizedTest(name = "deadline {0}, granted extension {1}, received {2}: dismissed {3}")
  @DisplayName("R-DL-6 / R-DL-5: late without a granted later deadline is accepted, flagged")
  @CsvSource({
    "2024-12-13, , 2024-12-13, false",
    "2024-12-13, , 2024-12-14, true",
    "2024-12-13, 2025-01-31, 2025-01-31, false",
    "2024-12-13, 2025-01-31, 2025-02-01, true",
    // 13.12.2025 is a Saturday: not moved to Monday
    "2025-12-13, , 2025-12-15, true"
  })
  void R_DL_6_lateIsFlaggedForDismissal(
      LocalDate deadline, LocalDate extension, LocalDate received, boolean dismissed) {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);
    SubmissionContext context = Cases.context(received, deadline, extension);

    SubmissionCheck check = application.check(context);
    application.submit(context, null, MUNICIPALITY, T0);

    assertThat(check.toBeDismissed()).isEqualTo(dismissed);
    assertThat(check.deadline()).isEqualTo(extension == null ? deadline : extension);
    assertThat(check.notices())
        .extracting(SubmitProblem::rule)
        .containsExactlyElementsOf(dismissed ? List.of("R-DL-6") : List.of());
    assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(application.getSubmission().toBeDismissed()).isEqualTo(dismissed);
    assertThat(application.getSubmission().deadline()).isEqualTo(check.deadline());
  }

  @Test
  @DisplayName("R-DL-5: a granted date that is not later than the deadline does not count")
  void R_DL_5_onlyALaterGrantedDateCounts() {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);

    SubmissionCheck check =
        application.check(
            Cases.context(
                LocalDate.of(2024, 12, 14), LocalDate.of(2024, 12, 13), LocalDate.of(2024, 12, 1)));

    assertThat(check.deadline()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(check.notices())
        .extracting(SubmitProblem::message)
        .containsExactly(CaseMessage.SUBMIT_LATE);
  }

  @Test
  @DisplayName("R-DL-3: a grant year without a deadline cannot be submitted")
  void R_DL_3_noDeadlineNoSubmission() {
    Application application = Cases.complete(GrantKind.T2, 1, 1000);

    SubmissionCheck check = application.check(Cases.context(TODAY, null, null));

    assertThat(check.refusals())
        .extracting(SubmitProblem::message, SubmitProblem::rule)
        .containsExactly(tuple(CaseMessage.SUBMIT_NO_DEADLINE, "R-DL-3"));
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
    application.saveDraft(answers(false, false, false), MUNICIPALITY, T0);
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

  private static DraftContent answers(Boolean decisions, Boolean pedagogical, Boolean newHealth) {
    DraftContent c = Cases.content(1000);
    return new DraftContent(
        c.health(), c.consentNames(), c.zone(), decisions, pedagogical, newHealth, c.measures());
  }

  private static List<CaseMessage> messages(SubmissionCheck check) {
    return check.problems().stream().map(SubmitProblem::message).toList();
  }
}
