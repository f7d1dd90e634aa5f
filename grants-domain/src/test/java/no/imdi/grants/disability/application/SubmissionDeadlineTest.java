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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The submit check's deadline rules (R-DL), one test per rule id, with the seed's examples. */
class SubmissionDeadlineTest {

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
}
