package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.CASEWORKER;
import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests for a later deadline (R-DL-5) and what IMDi does with them. */
class ExtensionRequestTest {

  static final LocalDate DEADLINE = LocalDate.of(2024, 12, 13);

  @ParameterizedTest(name = "deadline {0}, received {1}: accepted {2}")
  @DisplayName("R-DL-5: a request must arrive within the original deadline, the day included")
  @CsvSource({
    "2024-12-13, 2024-11-04, true",
    "2024-12-13, 2024-12-13, true",
    "2024-12-13, 2024-12-14, false",
    // 13.12.2025 is a Saturday: not moved to Monday
    "2025-12-13, 2025-12-15, false"
  })
  void R_DL_5_onlyWithinTheOriginalDeadline(
      LocalDate deadline, LocalDate received, boolean accepted) {
    CaseFile caseFile = Cases.caseFile();

    if (accepted) {
      Created<ExtensionRequest, ExtensionState> created =
          request(caseFile, deadline, received, List.of());
      assertThat(created.change())
          .isEqualTo(
              new StateChange<>(
                  "request", null, ExtensionState.RECEIVED, "kommune.oslo", T0, null));
      assertThat(created.matter().getOriginalDeadline()).isEqualTo(deadline);
    } else {
      assertThatThrownBy(() -> request(caseFile, deadline, received, List.of()))
          .isInstanceOfSatisfying(
              Refusal.class,
              r -> {
                assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_LATE);
                assertThat(r.rule()).isEqualTo("R-DL-5");
                assertThat(r.arguments()).containsExactly(received, deadline);
              });
    }
  }

  @Test
  @DisplayName("R-DL-3: a year without a deadline has nothing to extend")
  void R_DL_3_noDeadlineNoExtension() {
    assertThatThrownBy(() -> request(Cases.caseFile(), null, Cases.TODAY, List.of()))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_NO_DEADLINE));
  }

  @Test
  void imdiGrantsALaterDateOrRefusesWithAReason() {
    CaseFile caseFile = Cases.caseFile();
    caseFile.take(CASEWORKER, T0);
    ExtensionRequest granted = request(caseFile, DEADLINE, Cases.TODAY, List.of()).matter();
    ExtensionRequest refused = request(Cases.caseFile(), DEADLINE, Cases.TODAY, List.of()).matter();
    refused.getCaseFile().take(CASEWORKER, T0);

    assertThatThrownBy(() -> granted.grant(DEADLINE, "samme dag", CASEWORKER, T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_DATE_NOT_LATER));
    StateChange<ExtensionState> change =
        granted.grant(LocalDate.of(2025, 2, 28), "Venter på spesialist", CASEWORKER, T0);
    StateChange<ExtensionState> no = refused.refuse("Ingen grunn oppgitt", CASEWORKER, T0);

    assertThat(change.to()).isEqualTo(ExtensionState.GRANTED);
    assertThat(granted.getGrantedDeadline()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(granted.getDecidedBy()).isEqualTo("imdi.saksbehandler");
    assertThat(no.to()).isEqualTo(ExtensionState.REFUSED);
    assertThatThrownBy(() -> refused.grant(LocalDate.of(2025, 2, 28), null, CASEWORKER, T0))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_STATE));
    assertThatThrownBy(() -> refused.refuse(" ", CASEWORKER, T0)).isInstanceOf(Refusal.class);
  }

  @Test
  void oneOpenRequestAndOneGrantPerGrantYear() {
    CaseFile caseFile = Cases.caseFile();
    caseFile.take(CASEWORKER, T0);
    ExtensionRequest first = request(caseFile, DEADLINE, Cases.TODAY, List.of()).matter();

    assertThatThrownBy(() -> request(caseFile, DEADLINE, Cases.TODAY, List.of(first)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_OPEN));
    first.grant(LocalDate.of(2025, 1, 31), null, CASEWORKER, T0);
    assertThatThrownBy(() -> request(caseFile, DEADLINE, Cases.TODAY, List.of(first)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.EXTENSION_GRANTED_BEFORE));
  }

  @Test
  void onlyTheMunicipalityRequestsAndOnlyIMDiDecides() {
    CaseFile caseFile = Cases.caseFile();
    assertThatThrownBy(
            () ->
                ExtensionRequest.request(
                    caseFile, 1, DEADLINE, null, "x", List.of(), Cases.TODAY, CASEWORKER, T0))
        .isInstanceOf(Refusal.class);
    ExtensionRequest request = request(caseFile, DEADLINE, Cases.TODAY, List.of()).matter();
    assertThatThrownBy(() -> request.grant(LocalDate.of(2025, 1, 1), null, MUNICIPALITY, T0))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.ROLE_NOT_ALLOWED));
  }

  private static Created<ExtensionRequest, ExtensionState> request(
      CaseFile caseFile, LocalDate deadline, LocalDate received, List<ExtensionRequest> earlier) {
    return ExtensionRequest.request(
        caseFile, 1, deadline, null, "Venter på utredning", earlier, received, MUNICIPALITY, T0);
  }
}
