package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.T0;
import static no.imdi.grants.disability.application.Cases.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.disability.GrantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The submit check's documentation rules (R-DOC), one test per rule id, with the seed's examples.
 */
class SubmissionDocumentationTest {

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
    application.saveDraft(Cases.answers(false, false, newInformation), MUNICIPALITY, T0);
    if (attached) {
      Cases.attach(application, DocumentKind.NEW_CONSENT);
    }

    assertThat(Cases.messages(application.check(Cases.inTime())))
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

    assertThat(Cases.messages(application.check(Cases.inTime())))
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
    application.saveDraft(Cases.answers(answer, false, false), MUNICIPALITY, T0);
    if (attached) {
      Cases.attach(application, DocumentKind.INDIVIDUAL_DECISION);
    }

    assertThat(Cases.messages(application.check(Cases.inTime())))
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
    application.saveDraft(Cases.answers(false, answer, false), MUNICIPALITY, T0);
    if (attached) {
      Cases.attach(application, DocumentKind.PPT_ASSESSMENT);
    }

    assertThat(Cases.messages(application.check(Cases.inTime())))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }
}
