package no.imdi.grants.disability.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialistAssessmentTest {

  private static ChecklistItem health(DocumentationCase c) {
    return new DocumentationRules().checklist(c).item("R-DOC-2").orElseThrow();
  }

  @ParameterizedTest(name = "T2 year {0}, granted on specialist: {1}, tentative: {2} -> {3}")
  @DisplayName("R-DOC-7 no new health documentation after T2 on a lasting specialist assessment")
  @CsvSource({
    "2, true, false, NOT_REQUIRED, R-DOC-7",
    "3, true, false, NOT_REQUIRED, R-DOC-7",
    "4, true, false, NOT_REQUIRED, R-DOC-7",
    "5, true, false, NOT_REQUIRED, R-DOC-7",
    "10, true, false, NOT_REQUIRED, R-DOC-7",
    "2, true, true, REQUIRED, R-DOC-7 R-DOC-2",
    "4, true, true, REQUIRED, R-DOC-7 R-DOC-2",
    "10, true, true, REQUIRED, R-DOC-7 R-DOC-2",
    "1, true, false, REQUIRED, R-DOC-2",
    "2, false, false, REQUIRED, R-DOC-2",
    "4, false, true, REQUIRED, R-DOC-2"
  })
  void R_DOC_7_noNewHealthDocumentationOnceProbableForThePeriod(
      int year, boolean granted, boolean tentative, Requirement requirement, String rules) {
    DocumentationCase c =
        new DocumentationCase(GrantType.T2, year, null, null, granted, tentative, null);

    ChecklistItem health = health(c);

    assertThat(health.requirement()).isEqualTo(requirement);
    assertThat(health.reason().rules()).containsExactly(rules.split(" "));
  }

  @Test
  @DisplayName("R-DOC-7 the reasons say why health documentation is or is not asked for")
  void R_DOC_7_reasons() {
    DocumentationCase lasting =
        DocumentationCase.of(GrantType.T2, 3).withT2GrantedOnSpecialistAssessment(false);
    DocumentationCase tentative =
        DocumentationCase.of(GrantType.T2, 3).withT2GrantedOnSpecialistAssessment(true);

    assertThat(health(lasting).reason().norwegian())
        .isEqualTo(
            "T2 er innvilget på en utredning fra spesialisthelsetjenesten som sannsynliggjør"
                + " varigheten for resten av tilskuddsperioden: ny helsefaglig dokumentasjon"
                + " kreves ikke for tilskuddsår 3 (R-DOC-7).");
    assertThat(health(tentative).reason().english())
        .startsWith(
            "T2 was granted on an assessment by the specialist health service, but the impairment"
                + " was documented as not lasting or tentative: an updated assessment is required"
                + " (R-DOC-7). T2 year 3: as a main rule");
  }
}
