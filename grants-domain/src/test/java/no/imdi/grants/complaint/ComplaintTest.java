package no.imdi.grants.complaint;

import static no.imdi.grants.complaint.Complaints.APPROVER;
import static no.imdi.grants.complaint.Complaints.CASEWORKER;
import static no.imdi.grants.complaint.Complaints.MINISTRY;
import static no.imdi.grants.complaint.Complaints.OSLO;
import static no.imdi.grants.complaint.Complaints.OTHER_CASEWORKER;
import static no.imdi.grants.complaint.Complaints.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The complaint matter's verbs, one test per rule: what may be complained about (R-AP-1, R-AP-2),
 * the deadline and its timeliness as received (R-AP-3, R-AP-4), late complaints (R-AP-5), IMDi's
 * preparation (R-AP-6) and the ministry's decision (R-AP-7). The interim reply (R-AP-8) is in
 * {@link ComplaintInterimReplyTest}.
 */
class ComplaintTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = DecisionKind.class,
      names = {"GRANTED", "PARTLY_GRANTED", "REFUSED", "REPAYMENT_CLAIM"})
  @DisplayName("R-AP-1 grants, refusals and repayment claims are not individual decisions")
  void R_AP_1_noComplaintOnGrantsRefusalsOrRepaymentClaims(DecisionKind kind) {
    LocalDate day = LocalDate.of(2026, 3, 2);
    assertThat(kind.registerObjectionAs()).isEqualTo(LetterKind.ENQUIRY);
    assertRefused(
        () -> receive(Complaints.contested(kind, day, day), day, null),
        CaseMessage.COMPLAINT_NOT_APPEALABLE,
        "R-AP-1");
  }

  @Test
  @DisplayName("R-AP-2 a dismissal may be complained about once at a time, by the municipality")
  void R_AP_2_aDismissalOpensAComplaint() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    Created<Complaint, ComplaintState> created =
        receive(Complaints.dismissal(day, day), day.plusDays(3), null);
    Complaint complaint = created.matter();
    assertThat(DecisionKind.DISMISSED.registerObjectionAs()).isEqualTo(LetterKind.COMPLAINT);
    assertThat(created.change())
        .isEqualTo(
            new StateChange<>(
                "receive",
                null,
                ComplaintState.RECEIVED,
                "kommune.oslo",
                at(day.plusDays(3)),
                "R-AP-4"));
    assertThat(complaint.getReceipt().getGrounds()).startsWith("Søknaden kom i tide");
    assertThat(complaint.getReceipt().getReceivedBy()).isEqualTo("kommune.oslo");

    assertRefused(
        () ->
            Complaint.receive(
                Complaints.caseFile(),
                Complaints.dismissal(day, day),
                Complaints.filing(day.plusDays(4), null),
                RollForwardSetting.DEFAULT,
                List.of(complaint),
                OSLO,
                at(day)),
        CaseMessage.COMPLAINT_OPEN,
        null);
    assertRefused(
        () ->
            Complaint.receive(
                Complaints.caseFile(),
                Complaints.dismissal(day, day),
                Complaints.filing(day, null),
                RollForwardSetting.DEFAULT,
                List.of(),
                CASEWORKER,
                at(day)),
        CaseMessage.ROLE_NOT_ALLOWED,
        null);
  }

  @ParameterizedTest(name = "notice {0} -> deadline {1}")
  @DisplayName("R-AP-3 the deadline stored with the complaint, past weekends, holidays, month ends")
  @CsvSource({
    "2026-03-16, 2026-04-07",
    "2024-03-07, 2024-04-02",
    "2024-12-05, 2024-12-27",
    "2024-12-11, 2025-01-02",
    "2024-04-26, 2024-05-21",
    "2024-08-10, 2024-09-02",
    "2024-05-10, 2024-05-31",
    "2024-02-08, 2024-02-29"
  })
  void R_AP_3_deadlineFromTheNotice(LocalDate notice, LocalDate deadline) {
    Complaint onTheDay = receive(Complaints.dismissal(notice, notice), deadline, null).matter();
    assertThat(onTheDay.getReceipt().getDeadline()).isEqualTo(deadline);
    assertThat(onTheDay.getState()).isEqualTo(ComplaintState.RECEIVED);
    assertThat(onTheDay.getReceipt().isLate()).isFalse();
  }

  @ParameterizedTest(name = "notice {0}, sent {1} -> {2}")
  @DisplayName("R-AP-4 in time when sent on or before the deadline; the day after is late")
  @CsvSource({
    "2026-03-16, 2026-04-07, RECEIVED",
    "2026-03-16, 2026-04-08, LATE",
    "2024-12-05, 2024-12-27, RECEIVED",
    "2024-12-05, 2024-12-28, LATE",
    "2024-05-10, 2024-05-31, RECEIVED",
    "2024-05-10, 2024-06-01, LATE",
    "2026-03-16, 2026-03-16, RECEIVED"
  })
  void R_AP_4_sentBeforeTheDeadlineRanOut(LocalDate notice, LocalDate sent, ComplaintState state) {
    String delay = state == ComplaintState.LATE ? "Brevet ble ikke åpnet i ferien." : null;
    Complaint complaint = receive(Complaints.dismissal(notice, notice), sent, delay).matter();
    assertThat(complaint.getState()).isEqualTo(state);
    assertThat(complaint.getReceipt().getSentOn()).isEqualTo(sent);
    assertThat(complaint.getReceipt().getDelayReason()).isEqualTo(delay);
    if (state == ComplaintState.LATE) {
      assertRefused(
          () -> receive(Complaints.dismissal(notice, notice), sent, " "),
          CaseMessage.COMPLAINT_DELAY_REASON_REQUIRED,
          "R-AP-5");
    }
  }

  @ParameterizedTest(name = "decision {0}, sent {1} -> {2}")
  @DisplayName("R-AP-5 a late complaint up to one year after the decision; after that refused")
  @CsvSource({
    "2025-09-02, 2026-09-02, LATE",
    "2025-09-02, 2026-09-03, TOO_LATE",
    "2024-02-29, 2025-02-28, LATE",
    "2024-02-29, 2025-03-01, TOO_LATE",
    "2023-02-28, 2024-02-28, LATE",
    "2023-02-28, 2024-02-29, TOO_LATE",
    "2025-12-31, 2026-12-31, LATE",
    "2025-12-31, 2027-01-01, TOO_LATE"
  })
  void R_AP_5_oneYearAfterTheDecision(LocalDate decided, String sent, String outcome) {
    LocalDate sentOn = LocalDate.parse(sent);
    ContestedDecision contested = Complaints.dismissal(decided, decided);
    if (outcome.equals("TOO_LATE")) {
      assertRefused(
          () -> receive(contested, sentOn, "Vi visste ikke om vedtaket."),
          CaseMessage.COMPLAINT_TOO_LATE,
          "R-AP-5");
      return;
    }
    Complaint complaint = receive(contested, sentOn, "Vi visste ikke om vedtaket.").matter();
    assertThat(complaint.getState()).isEqualTo(ComplaintState.LATE);
    assertThat(complaint.getReceipt().getLastDateForLateComplaint())
        .isEqualTo(decided.plusYears(1));
  }

  @Test
  @DisplayName(
      "R-AP-5 IMDi considers or dismisses a late complaint; an in-time one is not assessed")
  void R_AP_5_considerOrDismissALateComplaint() {
    LocalDate decided = LocalDate.of(2026, 1, 5);
    Complaint considered =
        receive(Complaints.dismissal(decided, decided), decided.plusMonths(2), "Syk").matter();
    Complaint dismissed =
        receive(Complaints.dismissal(decided, decided), decided.plusMonths(2), "Syk").matter();
    considered.getCaseFile().take(CASEWORKER, at(decided));
    dismissed.getCaseFile().take(CASEWORKER, at(decided));

    assertRefused(
        () -> considered.considerLate("Ok", OSLO, at(decided)), CaseMessage.ROLE_NOT_ALLOWED, null);
    assertRefused(
        () -> considered.considerLate("Ok", OTHER_CASEWORKER, at(decided)),
        CaseMessage.CASE_TAKEN_BY_OTHER,
        null);
    StateChange<ComplaintState> change =
        considered.considerLate("Kommunen kan ikke lastes", CASEWORKER, at(decided));
    assertThat(change.from()).isEqualTo(ComplaintState.LATE);
    assertThat(change.to()).isEqualTo(ComplaintState.RECEIVED);
    assertThat(considered.getProgress().getLateAssessedBy()).isEqualTo("imdi.saksbehandler");

    assertThat(dismissed.dismissLate("Ingen særlige grunner", CASEWORKER, at(decided)).to())
        .isEqualTo(ComplaintState.DISMISSED_LATE);
    assertThat(dismissed.getState().isOpen()).isFalse();
    assertRefused(
        () -> considered.dismissLate("Nei", CASEWORKER, at(decided)),
        CaseMessage.COMPLAINT_STATE,
        null);
  }

  @Test
  @DisplayName("R-AP-6 IMDi reverses its own decision when it finds the complaint justified")
  void R_AP_6_reverse() {
    Complaint complaint = Complaints.inTime();
    assertRefused(
        () -> complaint.reverse(" ", CASEWORKER, at(LocalDate.of(2026, 3, 3))),
        CaseMessage.REQUIRED,
        null);
    StateChange<ComplaintState> change =
        complaint.reverse("Søknaden kom i tide", CASEWORKER, at(LocalDate.of(2026, 3, 3)));
    assertThat(change.to()).isEqualTo(ComplaintState.REVERSED);
    assertThat(complaint.getProgress().getReversedBy()).isEqualTo("imdi.saksbehandler");
    assertRefused(
        () -> complaint.forwardToMinistry("x", CASEWORKER, at(LocalDate.of(2026, 3, 3))),
        CaseMessage.COMPLAINT_STATE,
        null);
  }

  @Test
  @DisplayName(
      "R-AP-6 forwarding with a statement needs a second officer; sent back, prepared anew")
  void R_AP_6_forwardWithStatementMakerChecker() {
    Complaint complaint = Complaints.inTime();
    LocalDate day = LocalDate.of(2026, 3, 10);
    assertThat(complaint.forwardToMinistry("Vi opprettholder.", CASEWORKER, at(day)).to())
        .isEqualTo(ComplaintState.STATEMENT_PREPARED);
    assertRefused(
        () -> complaint.approveForwarding(CASEWORKER, day, at(day), null),
        CaseMessage.PROPOSAL_APPROVER_ROLE,
        null);
    assertThat(complaint.sendBackForwarding(APPROVER, at(day), "Utdyp fristen").to())
        .isEqualTo(ComplaintState.RECEIVED);
    complaint.forwardToMinistry("Vi opprettholder, fristen var 07.04.", CASEWORKER, at(day));
    StateChange<ComplaintState> approved =
        complaint.approveForwarding(APPROVER, day.plusDays(1), at(day.plusDays(1)), "Ok");
    assertThat(approved.to()).isEqualTo(ComplaintState.WITH_MINISTRY);
    assertThat(approved.by()).isEqualTo("imdi.godkjenner");
    assertThat(complaint.getProgress().getForwardedOn()).isEqualTo(day.plusDays(1));
    assertThat(complaint.getStatements()).hasSize(2);
    assertThat(complaint.forwardingStatement().orElseThrow().getText()).endsWith("07.04.");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(MinistryOutcome.class)
  @DisplayName(
      "R-AP-7 the ministry decides a forwarded complaint, finally, and who decided is kept")
  void R_AP_7_ministryDecides(MinistryOutcome outcome) {
    Complaint before = Complaints.inTime();
    assertRefused(
        () -> before.decideByMinistry(outcome, "x", MINISTRY, at(LocalDate.of(2026, 3, 5))),
        CaseMessage.COMPLAINT_STATE,
        null);
    Complaint complaint = Complaints.withMinistry(LocalDate.of(2026, 3, 20));
    LocalDate day = LocalDate.of(2026, 4, 9);
    assertRefused(
        () -> complaint.decideByMinistry(outcome, "x", CASEWORKER, at(day)),
        CaseMessage.ROLE_NOT_ALLOWED,
        null);
    StateChange<ComplaintState> change =
        complaint.decideByMinistry(outcome, "Departementets vurdering", MINISTRY, at(day));
    assertThat(change.to()).isEqualTo(ComplaintState.DECIDED_BY_MINISTRY);
    assertThat(complaint.getProgress().getMinistryOutcome()).isEqualTo(outcome);
    assertThat(complaint.getProgress().getMinistryDecidedBy()).isEqualTo("departementet");
    assertThat(outcome.reopensApplication())
        .isEqualTo(outcome == MinistryOutcome.CHANGED || outcome == MinistryOutcome.ANNULLED);
    assertRefused(
        () -> complaint.decideByMinistry(outcome, "igjen", MINISTRY, at(day)),
        CaseMessage.COMPLAINT_STATE,
        null);
  }

  private static Created<Complaint, ComplaintState> receive(
      ContestedDecision contested, LocalDate sent, String delay) {
    return Complaint.receive(
        Complaints.caseFile(),
        contested,
        Complaints.filing(sent, delay),
        RollForwardSetting.DEFAULT,
        List.of(),
        OSLO,
        at(sent));
  }

  static void assertRefused(Runnable call, CaseMessage reason, String rule) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(reason);
              assertThat(r.rule()).isEqualTo(rule);
            });
  }
}
