package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCheckTest {

  @ParameterizedTest(name = "deadline {0}, request received {1}: in time {2}")
  @DisplayName("R-DL-5: a request for a later deadline must arrive within the original deadline")
  @CsvSource({
    "2024-12-13, 2024-12-12, true",
    "2024-12-13, 2024-12-13, true",
    "2024-12-13, 2024-12-14, false",
    "2024-12-13, 2023-10-13, true",
    // 13.12.2025 is a Saturday: not moved to Monday 15.12.2025
    "2025-12-13, 2025-12-13, true",
    "2025-12-13, 2025-12-15, false",
    // month end and 29 February
    "2025-02-28, 2025-03-01, false",
    "2024-02-29, 2024-02-29, true",
    "2024-02-29, 2024-03-01, false"
  })
  void R_DL_5_extensionRequestWithinTheOriginalDeadline(
      LocalDate deadline, LocalDate received, boolean inTime) {
    Reasoned<Boolean> answer = DeadlineCheck.extensionRequestInTime(deadline, received);

    assertThat(answer.value()).isEqualTo(inTime);
    assertThat(answer.rules()).containsExactly("R-DL-5");
  }

  @Test
  @DisplayName("R-DL-5: the explanations name both dates")
  void R_DL_5_explanations() {
    LocalDate deadline = LocalDate.of(2024, 12, 13);

    assertThat(
            DeadlineCheck.extensionRequestInTime(deadline, LocalDate.of(2024, 12, 13))
                .explanation()
                .norwegian())
        .isEqualTo(
            "Anmodningen om utsatt søknadsfrist kom 13.12.2024, innen den opprinnelige fristen"
                + " 13.12.2024 (R-DL-5). IMDi avgjør anmodningen.");
    assertThat(
            DeadlineCheck.extensionRequestInTime(
                    LocalDate.of(2025, 12, 13), LocalDate.of(2025, 12, 15))
                .explanation()
                .english())
        .isEqualTo(
            "The request for a later deadline arrived on 15.12.2025, after the original deadline"
                + " 13.12.2025, so it cannot be granted (R-DL-5). 13.12.2025 is a Saturday; the"
                + " application deadline is not moved to the next working day.");
  }

  @ParameterizedTest(name = "deadline {0}, extension {1}, received {2}: {3}")
  @DisplayName("R-DL-6: an application after its deadline and any extension is dismissed")
  @CsvSource({
    "2024-12-13, , 2024-12-12, IN_TIME",
    "2024-12-13, , 2024-12-13, IN_TIME",
    "2024-12-13, , 2024-12-14, TO_BE_DISMISSED",
    "2024-12-13, 2025-01-31, 2025-01-31, IN_TIME",
    "2024-12-13, 2025-01-31, 2025-02-01, TO_BE_DISMISSED",
    "2024-12-13, 2025-01-31, 2024-12-14, IN_TIME",
    // Saturday deadline not moved
    "2025-12-13, , 2025-12-15, TO_BE_DISMISSED",
    // month end
    "2025-02-28, , 2025-03-01, TO_BE_DISMISSED"
  })
  void R_DL_6_lateApplicationIsDismissed(
      LocalDate deadline, LocalDate extension, LocalDate received, Timeliness expected) {
    Reasoned<Timeliness> answer = DeadlineCheck.application(deadline, extension, received);

    assertThat(answer.value()).isEqualTo(expected);
    if (expected == Timeliness.TO_BE_DISMISSED) {
      assertThat(answer.rules()).containsExactly("R-DL-6", "R-AP-2");
    } else {
      assertThat(answer.rules()).containsExactly("R-DL-6");
    }
  }

  @Test
  @DisplayName("R-DL-6: a dismissal says it can be appealed (R-AP-2)")
  void R_DL_6_dismissalExplanation() {
    Reasoned<Timeliness> answer =
        DeadlineCheck.application(
            LocalDate.of(2024, 12, 13), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1));

    assertThat(answer.explanation().norwegian())
        .isEqualTo(
            "Søknaden kom 01.02.2025, etter den utsatte fristen 31.01.2025 (opprinnelig"
                + " 13.12.2024), og skal avvises (R-DL-6). Avvisning er et enkeltvedtak som"
                + " kommunen kan klage på (R-AP-2: forvaltningsloven § 2 tredje ledd og § 28).");
  }

  @Test
  @DisplayName("R-DL-6: a granted extension must be later than the deadline")
  void R_DL_6_extensionMustBeLater() {
    assertThatThrownBy(
            () ->
                DeadlineCheck.application(
                    LocalDate.of(2024, 12, 13),
                    LocalDate.of(2024, 12, 13),
                    LocalDate.of(2024, 12, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be after the deadline");
  }
}
