package no.imdi.grants.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionKindTest {

  @ParameterizedTest(name = "{0}")
  @DisplayName(
      "R-AP-1 grant decisions and repayment claims: no complaint right, register as enquiry")
  @CsvSource(
      delimiter = '|',
      value = {
        "GRANTED | en avgjørelse om å innvilge tilskudd | a decision to award a grant",
        "PARTLY_GRANTED | en avgjørelse om å innvilge tilskudd delvis"
            + " | a decision to award part of a grant",
        "REFUSED | en avgjørelse om å avslå tilskudd | a decision to refuse a grant",
        "REPAYMENT_CLAIM | et krav om tilbakebetaling | a repayment claim"
      })
  void R_AP_1_grantDecisionsAndRepaymentClaimsCannotBeAppealed(
      DecisionKind kind, String norwegian, String english) {
    Reasoned<Boolean> right = kind.complaintRight();
    assertThat(right.value()).isFalse();
    assertThat(kind.isIndividualDecision()).isFalse();
    assertThat(kind.registerObjectionAs()).isEqualTo(LetterKind.ENQUIRY);
    assertThat(right.rules()).containsExactly("R-AP-1");
    assertThat(right.explanation().norwegian())
        .isEqualTo(
            "Ingen klagerett (R-AP-1: "
                + norwegian
                + " regnes ikke som et enkeltvedtak etter forvaltningsloven § 28, jf. § 2; brevet"
                + " registreres som en henvendelse, ikke som en klage).");
    assertThat(right.explanation().english())
        .isEqualTo(
            "No right of complaint (R-AP-1: "
                + english
                + " is not an individual decision under the Public Administration Act section 28,"
                + " cf. section 2; the letter is registered as an enquiry, not as a complaint).");
  }

  @Test
  @DisplayName(
      "R-AP-2 a dismissal is an individual decision: complaint right, register as complaint")
  void R_AP_2_dismissalCanBeAppealed() {
    Reasoned<Boolean> right = DecisionKind.DISMISSED.complaintRight();
    assertThat(right.value()).isTrue();
    assertThat(DecisionKind.DISMISSED.isIndividualDecision()).isTrue();
    assertThat(DecisionKind.DISMISSED.registerObjectionAs()).isEqualTo(LetterKind.COMPLAINT);
    assertThat(right.rules()).containsExactly("R-AP-2");
    assertThat(right.explanation().norwegian())
        .isEqualTo(
            "Klagerett (R-AP-2: en beslutning om å avvise en søknad er et enkeltvedtak etter"
                + " forvaltningsloven § 2 tredje ledd; kommunen kan klage etter § 28).");
    assertThat(right.explanation().english())
        .isEqualTo(
            "Right of complaint (R-AP-2: a decision to dismiss an application is an individual"
                + " decision under the Public Administration Act section 2 third paragraph; the"
                + " municipality may complain under section 28).");
  }
}
