package no.imdi.grants.disability.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentationChecklistTest {

  private static DocumentationChecklist checklist(DocumentationCase c) {
    return new DocumentationRules().checklist(c);
  }

  private static ChecklistItem item(DocumentationCase c, String id) {
    return checklist(c).item(id).orElseThrow();
  }

  @ParameterizedTest(name = "{0} year {1}")
  @DisplayName("R-DOC-1 informed consent is required for T1 and T2 in every year")
  @CsvSource({"T1, 1", "T1, 2", "T2, 1", "T2, 3", "T2, 4", "T2, 5", "T2, 10"})
  void R_DOC_1_consentAlwaysRequired(GrantType type, int year) {
    DocumentationChecklist checklist = checklist(DocumentationCase.of(type, year));

    assertThat(checklist.items())
        .extracting(ChecklistItem::id)
        .containsExactly(
            "R-DOC-1", "R-DOC-2", "R-DOC-3", "R-DOC-4", "R-DOC-5", "R-DOC-6", "R-DOC-9");
    ChecklistItem consent = checklist.items().get(0);
    assertThat(consent.requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(consent.title(Locale.ENGLISH))
        .isEqualTo(
            "Informed consent naming the health personnel and bodies released from confidentiality");
    assertThat(consent.title(Locale.forLanguageTag("nb")))
        .isEqualTo(
            "Informert samtykke som navngir helsepersonell og virksomheter som fritas fra"
                + " taushetsplikt");
    assertThat(consent.reason().rules()).containsExactly("R-DOC-1");
    assertThat(checklist.grantType()).isEqualTo(type);
    assertThat(checklist.grantYear()).isEqualTo(year);
  }

  @ParameterizedTest(name = "{0} year {1}")
  @DisplayName("R-DOC-3 the measures with a cost calculation are required in every application")
  @CsvSource({"T1, 1", "T1, 2", "T2, 1", "T2, 4", "T2, 10"})
  void R_DOC_3_measuresAlwaysRequired(GrantType type, int year) {
    ChecklistItem measures = item(DocumentationCase.of(type, year), "R-DOC-3");

    assertThat(measures.requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(measures.norwegianTitle()).isEqualTo("Beskrivelse av tiltak med kostnadsberegning");
    assertThat(measures.reason().rules()).containsExactly("R-DOC-3", "R-COST-3");
  }

  @ParameterizedTest(name = "{0} year {1}: {2}")
  @DisplayName("R-DOC-4 budget and signed accounts report only for T2")
  @CsvSource({
    "T1, 1, NOT_REQUIRED",
    "T1, 2, NOT_REQUIRED",
    "T2, 1, REQUIRED",
    "T2, 2, REQUIRED",
    "T2, 5, REQUIRED",
    "T2, 10, REQUIRED"
  })
  void R_DOC_4_budgetAndAccountsOnlyForT2(GrantType type, int year, Requirement requirement) {
    ChecklistItem accounts = item(DocumentationCase.of(type, year), "R-DOC-4");

    assertThat(accounts.requirement()).isEqualTo(requirement);
    assertThat(accounts.englishTitle())
        .isEqualTo("Budget, and accounts report signed by the caseworker and finance officer");
    assertThat(accounts.reason().english())
        .isEqualTo(
            type == GrantType.T1
                ? "T1 needs neither a budget nor an accounts report (R-DOC-4)."
                : "T2 needs a budget and an accounts report signed by the caseworker and the"
                    + " finance officer (R-DOC-4); a budget-based application sends the accounts"
                    + " after the grant period (R-REP-2).");
  }

  @ParameterizedTest(name = "{0}, law requires decision: {1} -> {2}")
  @DisplayName("R-DOC-5 individual decisions where the law requires one")
  @CsvSource({
    "T1, true, REQUIRED",
    "T1, false, NOT_REQUIRED",
    "T1, , IF_RELEVANT",
    "T2, true, REQUIRED",
    "T2, false, NOT_REQUIRED",
    "T2, , IF_RELEVANT"
  })
  void R_DOC_5_individualDecisions(GrantType type, Boolean applies, Requirement requirement) {
    ChecklistItem decisions =
        item(
            DocumentationCase.of(type, 1).withServicesNeedingIndividualDecision(applies),
            "R-DOC-5");

    assertThat(decisions.requirement()).isEqualTo(requirement);
    assertThat(decisions.reason().rules()).containsExactly("R-DOC-5");
    assertThat(decisions.reason().norwegian())
        .startsWith(
            applies == null
                ? "Legg ved enkeltvedtak for tjenester der loven krever det"
                : applies ? "Tiltakene omfatter tjenester" : "Ingen av tiltakene");
  }

  @ParameterizedTest(name = "{0} year {1}, pedagogical: {2} -> {3}")
  @DisplayName("R-DOC-6 PPT assessment and decision for pedagogical measures")
  @CsvSource({
    "T1, 2, true, REQUIRED",
    "T1, 2, false, NOT_REQUIRED",
    "T1, 2, , IF_RELEVANT",
    "T2, 4, true, REQUIRED",
    "T2, 4, false, NOT_REQUIRED",
    "T2, 4, , IF_RELEVANT"
  })
  void R_DOC_6_pptForPedagogicalMeasures(
      GrantType type, int year, Boolean applies, Requirement requirement) {
    ChecklistItem ppt =
        item(DocumentationCase.of(type, year).withPedagogicalMeasures(applies), "R-DOC-6");

    assertThat(ppt.requirement()).isEqualTo(requirement);
    assertThat(ppt.englishTitle())
        .isEqualTo("PPT assessment and recommendation, and the decision on pedagogical measures");
    assertThat(ppt.reason().rules()).containsExactly("R-DOC-6");
  }

  @Test
  @DisplayName("R-DOC-8 medical records, individual plans and timesheets must not be attached")
  void R_DOC_8_notToAttach() {
    DocumentationChecklist checklist = checklist(DocumentationCase.of(GrantType.T2, 2));

    assertThat(checklist.notToAttach())
        .containsExactly(
            NotToAttach.MEDICAL_RECORDS_OR_DISCHARGE_SUMMARIES,
            NotToAttach.INDIVIDUAL_OR_EDUCATION_PLANS,
            NotToAttach.TIMESHEETS);
    assertThat(checklist.notToAttachReason().norwegian())
        .isEqualTo(
            "Skal ikke legges ved: journal eller epikrise, med mindre den dokumenterer"
                + " funksjonsnedsettelsen; individuelle planer eller opplæringsplaner; timelister"
                + " (R-DOC-8).");
    assertThat(checklist.notToAttachReason().english())
        .isEqualTo(
            "Do not attach: medical records or discharge summaries, unless they document the"
                + " impairment; individual plans or education plans; timesheets (R-DOC-8).");
  }

  @ParameterizedTest(name = "{0} year {1}, new information: {2} -> {3}")
  @DisplayName("R-DOC-9 new information from health personnel needs new consent")
  @CsvSource({
    "T1, 1, true, REQUIRED",
    "T1, 1, false, NOT_REQUIRED",
    "T1, 1, , IF_RELEVANT",
    "T2, 3, true, REQUIRED",
    "T2, 6, false, NOT_REQUIRED",
    "T2, 6, , IF_RELEVANT"
  })
  void R_DOC_9_newInformationNeedsNewConsent(
      GrantType type, int year, Boolean applies, Requirement requirement) {
    DocumentationChecklist checklist =
        checklist(DocumentationCase.of(type, year).withNewHealthInformation(applies));

    ChecklistItem consent = checklist.item("R-DOC-9").orElseThrow();
    assertThat(consent.requirement()).isEqualTo(requirement);
    assertThat(consent.reason().rules()).containsExactly("R-DOC-9");
    assertThat(checklist.item("R-DOC-1").orElseThrow().requirement())
        .isEqualTo(Requirement.REQUIRED);
    assertThat(checklist.required().stream().anyMatch(i -> i.id().equals("R-DOC-9")))
        .isEqualTo(requirement == Requirement.REQUIRED);
  }
}
