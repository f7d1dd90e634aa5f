package no.imdi.grants.disability.documentation;

import static no.imdi.grants.disability.documentation.HealthEvidence.CHILD_WELFARE_REPORT_OR_DECISION;
import static no.imdi.grants.disability.documentation.HealthEvidence.CHILD_WELFARE_TRIBUNAL_DECISION;
import static no.imdi.grants.disability.documentation.HealthEvidence.INTERDISCIPLINARY_SPECIALIST_STATEMENT;
import static no.imdi.grants.disability.documentation.HealthEvidence.MUNICIPAL_DOCTOR_OR_PSYCHOLOGIST;
import static no.imdi.grants.disability.documentation.HealthEvidence.MUNICIPAL_HEALTH_SERVICE;
import static no.imdi.grants.disability.documentation.HealthEvidence.MUNICIPAL_PSYCHOLOGIST_SPECIALIST;
import static no.imdi.grants.disability.documentation.HealthEvidence.OTHER_MUNICIPAL_SERVICE;
import static no.imdi.grants.disability.documentation.HealthEvidence.POLICE_OR_COURT_INFORMATION;
import static no.imdi.grants.disability.documentation.HealthEvidence.SPECIALIST_HEALTH_SERVICE;
import static no.imdi.grants.disability.documentation.HealthEvidence.SPECIALIST_REFERRAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HealthDocumentationTest {

  static final List<HealthEvidence> T1_MAIN = List.of(MUNICIPAL_HEALTH_SERVICE);
  static final List<HealthEvidence> T1_ALTERNATIVES =
      List.of(SPECIALIST_REFERRAL, OTHER_MUNICIPAL_SERVICE, SPECIALIST_HEALTH_SERVICE);
  static final List<HealthEvidence> EARLY_T2_MAIN =
      List.of(MUNICIPAL_DOCTOR_OR_PSYCHOLOGIST, SPECIALIST_HEALTH_SERVICE);
  static final List<HealthEvidence> EARLY_T2_ALTERNATIVES = List.of(SPECIALIST_REFERRAL);
  static final List<HealthEvidence> LATE_T2_MAIN = List.of(SPECIALIST_HEALTH_SERVICE);
  static final List<HealthEvidence> LATE_T2_ALTERNATIVES =
      List.of(
          MUNICIPAL_PSYCHOLOGIST_SPECIALIST,
          POLICE_OR_COURT_INFORMATION,
          CHILD_WELFARE_REPORT_OR_DECISION,
          CHILD_WELFARE_TRIBUNAL_DECISION,
          INTERDISCIPLINARY_SPECIALIST_STATEMENT);

  static Stream<Arguments> grants() {
    return Stream.of(
        Arguments.of(GrantType.T1, 1, T1_MAIN, T1_ALTERNATIVES),
        Arguments.of(GrantType.T1, 2, T1_MAIN, T1_ALTERNATIVES),
        Arguments.of(GrantType.T2, 1, EARLY_T2_MAIN, EARLY_T2_ALTERNATIVES),
        Arguments.of(GrantType.T2, 2, EARLY_T2_MAIN, EARLY_T2_ALTERNATIVES),
        Arguments.of(GrantType.T2, 3, EARLY_T2_MAIN, EARLY_T2_ALTERNATIVES),
        Arguments.of(GrantType.T2, 4, LATE_T2_MAIN, LATE_T2_ALTERNATIVES),
        Arguments.of(GrantType.T2, 5, LATE_T2_MAIN, LATE_T2_ALTERNATIVES),
        Arguments.of(GrantType.T2, 10, LATE_T2_MAIN, LATE_T2_ALTERNATIVES));
  }

  @ParameterizedTest(name = "{0} year {1}: {2}")
  @MethodSource("grants")
  @DisplayName("R-DOC-2 accepted health documentation by grant type and year")
  void R_DOC_2_acceptedHealthDocumentation(
      GrantType type, int year, List<HealthEvidence> main, List<HealthEvidence> alternatives) {
    DocumentationChecklist checklist =
        new DocumentationRules().checklist(DocumentationCase.of(type, year));

    HealthDocumentation accepted = checklist.healthDocumentation();
    assertThat(accepted.mainRule()).isEqualTo(main);
    assertThat(accepted.alternatives()).isEqualTo(alternatives);
    assertThat(accepted.all()).hasSize(main.size() + alternatives.size()).startsWith(main.get(0));
    ChecklistItem health = checklist.item("R-DOC-2").orElseThrow();
    assertThat(health.requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(health.reason()).isEqualTo(accepted.reason());
  }

  @Test
  @DisplayName("R-DOC-2 the reason lists the main rule and the alternatives (T1)")
  void R_DOC_2_reasonForT1() {
    HealthDocumentation accepted = HealthDocumentation.forGrant(GrantType.T1, 1);

    assertThat(accepted.reason().norwegian())
        .isEqualTo(
            "T1: som hovedregel erklæring fra kommunal helsetjeneste; kan også godkjennes når den"
                + " dokumenterer funksjonsnedsettelsen og hjelpebehovet: henvisning til utredning"
                + " i spesialisthelsetjenesten; erklæring fra annen kommunal tjeneste med inngående"
                + " kjennskap til funksjonsnedsettelsen; utredning fra spesialisthelsetjenesten"
                + " (R-DOC-2).");
  }

  @ParameterizedTest(name = "T2 year {0}")
  @DisplayName("R-DOC-2 the specialist health service is the main rule from T2 year 4")
  @CsvSource({
    "3, T2 year 3: as a main rule a medical statement from the municipal doctor or a psychologist"
        + " or an assessment by the specialist health service;",
    "4, T2 year 4: as a main rule an assessment by the specialist health service;"
  })
  void R_DOC_2_specialistFromYear4(int year, String start) {
    HealthDocumentation accepted = HealthDocumentation.forGrant(GrantType.T2, year);

    assertThat(accepted.reason().english()).startsWith(start).endsWith("(R-DOC-2).");
    assertThat(accepted.reason().rules()).containsExactly("R-DOC-2");
  }
}
