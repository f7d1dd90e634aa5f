package no.imdi.grants.disability.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentationCaseTest {

  @ParameterizedTest(name = "{0} year {1}")
  @DisplayName("R-T1-1 T1 is for grant year 1 or 2, T2 for years 1 to 10 (R-T2-3)")
  @CsvSource({
    "T1, 0, grantYear must be between 1 and 10 was 0",
    "T1, 3, grantYear must be 1 or 2 for T1 (R-T1-1) was 3",
    "T2, 0, grantYear must be between 1 and 10 was 0",
    "T2, 11, grantYear must be between 1 and 10 was 11",
    "T2, -1, grantYear must be between 1 and 10 was -1"
  })
  void R_T1_1_grantYearOutsideTheGrantsPeriodIsRejected(GrantType type, int year, String message) {
    assertThatThrownBy(() -> DocumentationCase.of(type, year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message.replace(" was", ", was"));
  }

  @ParameterizedTest(name = "{0} year {1}")
  @DisplayName("R-T1-1 the grant years at the edges are accepted")
  @CsvSource({"T1, 1", "T1, 2", "T2, 1", "T2, 5", "T2, 10"})
  void R_T1_1_edgesAreAccepted(GrantType type, int year) {
    assertThat(DocumentationCase.of(type, year).grantYear()).isEqualTo(year);
  }

  @Test
  @DisplayName("R-T1-2 a T1 checklist cannot follow a granted T2")
  void R_T1_2_t1AfterT2IsRejected() {
    assertThatThrownBy(
            () -> DocumentationCase.of(GrantType.T1, 2).withT2GrantedOnSpecialistAssessment(false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "t2GrantedOnSpecialistAssessment cannot be set for T1: T1 cannot be applied for once"
                + " T2 has been granted (R-T1-2)");
  }

  @Test
  @DisplayName("a missing grant type or case is rejected")
  void missingInputIsRejected() {
    assertThatThrownBy(() -> DocumentationCase.of(null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grantType is missing");
    assertThatThrownBy(() -> new DocumentationRules().checklist(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case is missing");
  }
}
