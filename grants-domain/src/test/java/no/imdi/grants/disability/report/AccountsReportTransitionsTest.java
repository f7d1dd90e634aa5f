package no.imdi.grants.disability.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.GrantedDecisions;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accounts report's verbs (R-REP-1): the caseworker signs, a different finance officer of the
 * same municipality co-signs and only then is it submitted; IMDi prepares the outcome and a second
 * officer approves it (maker/checker); reminders are recorded once per stage.
 */
class AccountsReportTransitionsTest {

  static final Instant T1 = Instant.parse("2025-12-01T09:00:00Z");
  static final Actor CASEWORKER = new Actor("kommune.oslo", Role.MUNICIPALITY_CASEWORKER);
  static final Actor FINANCE = new Actor("okonomi.oslo", Role.MUNICIPALITY_FINANCE);
  static final Actor IMDI = new Actor("imdi.saksbehandler", Role.IMDI_CASEWORKER);
  static final Actor APPROVER = new Actor("imdi.godkjenner", Role.IMDI_APPROVER);

  static AccountsReport report(long hours) {
    Decision decision = GrantedDecisions.t2(hours);
    return NewAccountsReports.open(
            decision,
            LocalDate.of(2023, 10, 13),
            LocalDate.of(2024, 10, 12),
            LocalDate.of(2024, 12, 13),
            T1)
        .matter();
  }

  static ReportContent actual(long hours, Nok claim) {
    return new ReportContent(
        List.of(
            new ReportMeasureInput(
                "Personlig assistanse",
                0,
                List.of(
                    CostLine.directUserTime(
                        "Miljøterapeut",
                        Nok.kroner(250),
                        BigDecimal.valueOf(hours),
                        new BigDecimal("0.12"),
                        new BigDecimal("0.10"))))),
        claim,
        claim == null ? null : "Økt behov i høst");
  }

  static DocumentRef document() {
    return new DocumentRef(UUID.randomUUID(), "application/pdf", 12_345, "ab".repeat(32));
  }

  static AccountsReport submitted(long grantedHours, long actualHours, Nok claim) {
    AccountsReport report = report(grantedHours);
    report.saveDraft(actual(actualHours, claim), CASEWORKER, "0301", T1);
    report.attach(
        DocumentKind.ACCOUNTS_REPORT, "Regnskap 2024", document(), CASEWORKER, "0301", T1);
    report.sign(CASEWORKER, "0301", T1);
    report.coSign(FINANCE, "0301", T1);
    return report;
  }

  @Test
  @DisplayName("R-REP-1: opened with the granted measures and their cost lines, due 13.12.2024")
  void R_REP_1_opensWithTheGrantedMeasures() {
    AccountsReport report = report(1000);

    assertThat(report.getState()).isEqualTo(AccountsReportState.DRAFT);
    assertThat(report.getGranted()).isEqualTo(Nok.kroner(348_005));
    assertThat(report.getDueDate()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(report.getMeasures())
        .singleElement()
        .satisfies(m -> assertThat(m.getGrantedPosition()).isZero());
    assertThat(report.computeOutcome(Set.of()).kind()).isEqualTo(OutcomeKind.SETTLED);
    assertThat(report.getCreatedAt()).isEqualTo(T1);
  }

  @Test
  @DisplayName("R-REP-1: signed by the caseworker only, the report is not submitted")
  void R_REP_1_signedIsNotSubmitted() {
    AccountsReport report = report(1000);
    report.saveDraft(actual(800, null), CASEWORKER, "0301", T1);

    assertThatThrownBy(() -> report.sign(CASEWORKER, "0301", T1))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.REPORT_ACCOUNTS_MISSING));
    report.attach(DocumentKind.ACCOUNTS_REPORT, "Regnskap", document(), CASEWORKER, "0301", T1);
    StateChange<AccountsReportState> signed = report.sign(CASEWORKER, "0301", T1);

    assertThat(signed.to()).isEqualTo(AccountsReportState.SIGNED);
    assertThat(report.getState()).isNotEqualTo(AccountsReportState.SUBMITTED);
    assertThat(report.getSignature())
        .isEqualTo(new Signature("kommune.oslo", Role.MUNICIPALITY_CASEWORKER, T1));

    StateChange<AccountsReportState> coSigned = report.coSign(FINANCE, "0301", T1);
    assertThat(coSigned.to()).isEqualTo(AccountsReportState.SUBMITTED);
    assertThat(report.getCoSignature().role()).isEqualTo(Role.MUNICIPALITY_FINANCE);
  }

  @ParameterizedTest(name = "{0} ({1}) of {2}: {3}")
  @DisplayName("R-REP-1: only a finance officer of the same municipality, another person, co-signs")
  @CsvSource({
    "kommune.oslo2, MUNICIPALITY_CASEWORKER, 0301, REPORT_COSIGNER_ROLE",
    "okonomi.bergen, MUNICIPALITY_FINANCE, 4601, REPORT_OTHER_MUNICIPALITY",
    "KOMMUNE.OSLO, MUNICIPALITY_FINANCE, 0301, REPORT_COSIGNER_SAME",
    "imdi.godkjenner, IMDI_APPROVER, 0301, REPORT_COSIGNER_ROLE"
  })
  void R_REP_1_coSignerRules(String user, Role role, String municipality, CaseMessage refusal) {
    AccountsReport report = report(1000);
    report.saveDraft(actual(800, null), CASEWORKER, "0301", T1);
    report.attach(DocumentKind.ACCOUNTS_REPORT, "Regnskap", document(), CASEWORKER, "0301", T1);
    report.sign(CASEWORKER, "0301", T1);

    assertThatThrownBy(() -> report.coSign(new Actor(user, role), municipality, T1))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).isEqualTo(refusal));
    assertThat(report.getState()).isEqualTo(AccountsReportState.SIGNED);
  }

  @Test
  @DisplayName("R-REP-1: a finance officer cannot sign first, and a signed report can go back")
  void R_REP_1_financeCannotSignFirst() {
    AccountsReport report = report(1000);
    assertThatThrownBy(() -> report.sign(FINANCE, "0301", T1))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.REPORT_SIGNER_ROLE));
    assertThatThrownBy(() -> report.saveDraft(actual(1, null), CASEWORKER, "4601", T1))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.REPORT_OTHER_MUNICIPALITY));

    report.saveDraft(actual(800, null), CASEWORKER, "0301", T1);
    report.attach(DocumentKind.ACCOUNTS_REPORT, "Regnskap", document(), CASEWORKER, "0301", T1);
    report.sign(CASEWORKER, "0301", T1);
    assertThatThrownBy(() -> report.saveDraft(actual(1, null), CASEWORKER, "0301", T1))
        .isInstanceOf(Refusal.class);
    report.returnToDraft(FINANCE, "0301", T1, "Feil timetall");

    assertThat(report.getState()).isEqualTo(AccountsReportState.DRAFT);
    assertThat(report.getSignature()).isNull();
  }

  @Test
  @DisplayName("R-REP-4: IMDi prepares an underspend recovery, the preparer cannot approve it")
  void R_REP_4_makerChecker() {
    AccountsReport report = submitted(1000, 800, null);
    report.getCaseFile().handBack(IMDI, T1, null);
    assertThatThrownBy(() -> report.prepareOutcome(Set.of(), null, IMDI, T1))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.CASE_NOT_TAKEN));
    report.getCaseFile().take(IMDI, T1);

    PreparedOutcome prepared = report.prepareOutcome(Set.of(), "Ubrukte midler", IMDI, T1);
    ReportOutcome outcome = prepared.outcome();

    assertThat(outcome.getKind()).isEqualTo(OutcomeKind.UNDERSPEND_RECOVERY);
    assertThat(outcome.getEligible()).isEqualTo(Nok.kroner(278_404));
    assertThat(outcome.getRecovery()).isEqualTo(Nok.kroner(348_005 - 278_404));
    assertThat(outcome.getRuleIds()).contains("R-REP-4");
    assertThat(report.getState()).isEqualTo(AccountsReportState.OUTCOME_PREPARED);
    Actor preparerAsApprover = new Actor("imdi.saksbehandler", Role.IMDI_APPROVER);
    assertThatThrownBy(() -> outcome.approve(preparerAsApprover, T1, null))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_OWN));
    assertThatThrownBy(() -> outcome.approve(IMDI, T1, null)).isInstanceOf(Refusal.class);

    OutcomeReview review = outcome.approve(APPROVER, T1, null);

    assertThat(review.outcome().to()).isEqualTo(ProposalStatus.APPROVED);
    assertThat(review.report().to()).isEqualTo(AccountsReportState.DECIDED);
    Recovery recovery = Recovery.of(outcome, LocalDate.of(2025, 12, 1), "imdi.godkjenner", T1);
    assertThat(recovery.getAmount()).isEqualTo(Nok.kroner(69_601));
    assertThat(recovery.getCode()).isEqualTo("FHT2");
    assertThat(recovery.getReasonKey()).isEqualTo("R-REP-4.recovery");
    assertThat(recovery.getReasonArgs()).isEqualTo("n:348005.00|n:278404.00|n:69601.00");
  }

  @Test
  @DisplayName("R-REP-4: a measure IMDi finds outside the scheme is left out and recovered")
  void R_REP_4_excludedMeasure() {
    AccountsReport report = submitted(1000, 1000, null);

    OutcomeComputation outcome = report.computeOutcome(Set.of(0));

    assertThat(outcome.eligible()).isEqualTo(Nok.ZERO);
    assertThat(outcome.kind()).isEqualTo(OutcomeKind.FULL_RECOVERY);
    assertThat(outcome.recovery()).isEqualTo(Nok.kroner(348_005));
  }

  @Test
  @DisplayName("R-REP-3: an approved outcome with a claimed overrun stays open until decided")
  void R_REP_3_claimStaysOpen() {
    AccountsReport report = submitted(1000, 1200, Nok.kroner(50_000));
    ReportOutcome outcome = report.prepareOutcome(Set.of(), null, IMDI, T1).outcome();
    assertThat(outcome.getKind()).isEqualTo(OutcomeKind.OVERRUN_CLAIM);
    assertThat(outcome.getClaimedOverrun()).isEqualTo(Nok.kroner(50_000));
    assertThatThrownBy(() -> Recovery.of(outcome, LocalDate.of(2025, 12, 1), "x", T1))
        .isInstanceOf(IllegalArgumentException.class);

    outcome.approve(APPROVER, T1, null);
    assertThat(report.isClaimOpen()).isTrue();
    report.claimDecided(7L, "GRANTED", APPROVER.username(), T1);

    assertThat(report.isClaimOpen()).isFalse();
    assertThatThrownBy(() -> report.claimDecided(8L, "GRANTED", APPROVER.username(), T1))
        .isInstanceOf(Refusal.class);
  }

  @Test
  @DisplayName("R-REP-3: a claim needs its reason")
  void R_REP_3_claimNeedsReason() {
    AccountsReport report = report(1000);
    ReportContent content = new ReportContent(actual(1200, null).measures(), Nok.kroner(1), " ");

    assertThatThrownBy(() -> report.saveDraft(content, CASEWORKER, "0301", T1))
        .isInstanceOf(Refusal.class);
  }

  @Test
  @DisplayName("R-REP-4: a sent-back outcome returns the report to IMDi for a new one")
  void R_REP_4_sentBack() {
    AccountsReport report = submitted(1000, 800, null);
    ReportOutcome first = report.prepareOutcome(Set.of(), null, IMDI, T1).outcome();

    first.sendBack(APPROVER, T1, "Se på transport");

    assertThat(report.getState()).isEqualTo(AccountsReportState.SUBMITTED);
    assertThat(report.prepareOutcome(Set.of(), null, IMDI, T1).outcome().getStatus())
        .isEqualTo(ProposalStatus.PENDING);
  }

  @Test
  @DisplayName("R-REP-1: each reminder is recorded once, and none once submitted")
  void R_REP_1_remindersOnce() {
    AccountsReport report = report(1000);

    assertThat(report.remind(Reminder.DUE_SOON)).isTrue();
    assertThat(report.remind(Reminder.DUE_SOON)).isFalse();
    assertThat(report.remind(Reminder.OVERDUE)).isTrue();
    assertThat(report.remind(Reminder.DUE_SOON)).isFalse();
    assertThat(submitted(1000, 800, null).remind(Reminder.OVERDUE)).isFalse();
  }
}
