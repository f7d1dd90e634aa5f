package no.imdi.grants.disability.report;

import java.time.Instant;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.NewApplications;
import no.imdi.grants.security.Actor;

/**
 * R-REP-3: an overrun claimed with an accounts report becomes an additional decision through the
 * decision flow. From the report's open claim, IMDi's caseworker who has the case starts a
 * supplement application of the granted T2, under assessment at once, limited to the amount the
 * approved outcome routed to a decision (the claim, at most the overrun). One supplement per claim.
 */
public final class ClaimSupplements {

  private ClaimSupplements() {}

  /**
   * The supplement for the report's open claim; refused when the claim is not open (not claimed,
   * not yet through the outcome's approval, or decided) or a supplement for it already exists.
   */
  public static Created<Application, ApplicationState> start(
      AccountsReport report,
      ReportOutcome approved,
      boolean supplementExists,
      Actor by,
      Instant at) {
    if (report.getState() != AccountsReportState.DECIDED
        || !report.isClaimOpen()
        || approved == null
        || approved.getStatus() != ProposalStatus.APPROVED
        || !report.getId().equals(approved.getReport().getId())
        || approved.getKind() != OutcomeKind.OVERRUN_CLAIM) {
      throw Refusal.of(CaseMessage.REPORT_CLAIM_NOT_OPEN);
    }
    if (supplementExists) {
      throw Refusal.of(CaseMessage.SUPPLEMENT_EXISTS);
    }
    return NewApplications.startSupplement(
        report.getApplication(),
        report.getId(),
        approved.getClaimedOverrun(),
        approved.getGranted(),
        by,
        at);
  }
}
