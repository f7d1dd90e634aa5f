package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantKindRulesTest {

  @ParameterizedTest(name = "T1 for year {0}, granted before {1}: {2} ({3})")
  @DisplayName("R-T1-1: T1 is a one-off grant for grant year 1 or 2")
  @CsvSource({
    "1, none, true, R-T1-1",
    "2, none, true, R-T1-1",
    "3, none, false, R-T1-1",
    "5, none, false, R-T1-1",
    "2, T1:1, false, R-T1-1",
    "1, T1:2, false, R-T1-1"
  })
  void R_T1_1_oneOffForGrantYear1Or2(int grantYear, String granted, boolean expected, String rule) {
    Reasoned<Boolean> answer =
        GrantKindRules.mayApply(GrantKind.T1, grantYear, 5, TestPriors.parse(granted));

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).contains(rule);
  }

  @ParameterizedTest(name = "T1 for year {0}, granted before {1}: {2}")
  @DisplayName("R-T1-2: T1 cannot be applied for once T2 has been granted")
  @CsvSource({
    "1, none, true",
    "2, none, true",
    "2, T2:1, false",
    "1, T2:1, false",
    "1, T2:2, false"
  })
  void R_T1_2_noT1AfterT2(int grantYear, String granted, boolean expected) {
    Reasoned<Boolean> answer =
        GrantKindRules.mayApply(GrantKind.T1, grantYear, 5, TestPriors.parse(granted));

    assertThat(answer.value()).isEqualTo(expected);
    if (!expected) {
      assertThat(answer.rules()).containsExactly("R-T1-2");
      assertThat(answer.explanation().english())
          .isEqualTo("T1 cannot be applied for once T2 has been granted (R-T1-2).");
    }
  }

  @ParameterizedTest(name = "{0} for year {1}, granted before {2}: {3} ({4})")
  @DisplayName("R-T-1: for grant year 1 or 2 the first application is for either T1 or T2")
  @CsvSource({
    "T1, 1, none, true, R-T-1",
    "T2, 1, none, true, R-T-1",
    "T1, 2, none, true, R-T-1",
    "T2, 2, none, true, R-T-1",
    // one or the other for a year: a granted T1 becomes T2 only by conversion (R-T2-5)
    "T2, 1, T1:1, false, R-T-1",
    "T2, 2, T1:2, false, R-T-1",
    // after T1 for year 1, T2 for year 2 is a later application, not a first one
    "T2, 2, T1:1, true, R-T2-1"
  })
  void R_T_1_firstApplicationIsForEitherT1OrT2(
      GrantKind kind, int grantYear, String granted, boolean expected, String rule) {
    Reasoned<Boolean> answer =
        GrantKindRules.mayApply(kind, grantYear, 5, TestPriors.parse(granted));

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).contains(rule);
    if (rule.equals("R-T2-1")) {
      assertThat(answer.rules()).doesNotContain("R-T-1");
    }
  }

  @Test
  @DisplayName("R-T-1: a first application for T1 explains both rules")
  void R_T_1_explanation() {
    Reasoned<Boolean> answer = GrantKindRules.mayApply(GrantKind.T1, 2, 5, PriorGrants.none());

    assertThat(answer.explanation().norwegian())
        .isEqualTo(
            "T1 kan søkes for tilskuddsår 1 eller 2 som et engangstilskudd (R-T1-1)."
                + " Førstegangssøknaden for tilskuddsår 1 eller 2 gjelder enten T1 eller T2"
                + " (R-T-1).");
  }

  @ParameterizedTest(name = "T2 for year {0} of at most {1}, granted before {2}: {3}")
  @DisplayName("R-T2-1: T2 for each grant year within the person's maximum")
  @CsvSource({
    "1, 5, none, true",
    "2, 5, none, true",
    "5, 5, T2:1 2 3 4, true",
    "6, 5, T2:1 2 3 4 5, false",
    "6, 10, T2:1 2 3 4 5, true",
    "10, 10, T2:1, true",
    "11, 10, T2:1, false",
    "2, 5, T2:1 2, false",
    // R-DL-3: a later year needs an earlier granted first application
    "3, 5, none, false"
  })
  void R_T2_1_eachGrantYearUpToTheMaximum(
      int grantYear, int maxYears, String granted, boolean expected) {
    Reasoned<Boolean> answer =
        GrantKindRules.mayApply(GrantKind.T2, grantYear, maxYears, TestPriors.parse(granted));

    assertThat(answer.value()).isEqualTo(expected);
    assertThat(answer.rules()).containsAnyOf("R-T2-1", "R-DL-3");
  }

  @Test
  @DisplayName("R-T2-1: the explanation for a year beyond the maximum names the maximum")
  void R_T2_1_beyondTheMaximum() {
    Reasoned<Boolean> answer = GrantKindRules.possibleInYear(GrantKind.T2, 6, 5);

    assertThat(answer.explanation().norwegian())
        .isEqualTo(
            "T2 kan ikke gis for tilskuddsår 6: personen kan utløse T2 i inntil 5 tilskuddsår"
                + " (R-T2-1).");
  }
}
