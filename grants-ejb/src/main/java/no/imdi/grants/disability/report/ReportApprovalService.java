package no.imdi.grants.disability.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.shared.Versions;

/**
 * The checker's side of accounts-report outcomes (maker/checker): the outcomes waiting (not the
 * caller's own), approve, send back. The approver is an IMDI_APPROVER who did not prepare the
 * outcome, checked here against the stored user before the domain checks it again. Approving a
 * recovery (R-REP-4, R-REP-5) writes its one recovery row (source key {@code REP-<report id>},
 * unique in the database) for the payment run, and the outcome's letter is written and delivered to
 * the municipality's inbox in the same transaction.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.IMDI_APPROVER_NAME)
public class ReportApprovalService {

  @Inject private CurrentUser currentUser;
  @Inject private AccountsReportRepository reports;
  @Inject private CaseRepository cases;
  @Inject private CaseTrail trail;
  @Inject private Event<OutcomeApproved> approved;
  @Inject private Clock clock;

  public ReportApprovalService() {}

  public ReportApprovalService(
      CurrentUser currentUser,
      AccountsReportRepository reports,
      CaseRepository cases,
      CaseTrail trail,
      Event<OutcomeApproved> approved,
      Clock clock) {
    this.currentUser = currentUser;
    this.reports = reports;
    this.cases = cases;
    this.trail = trail;
    this.approved = approved;
    this.clock = clock;
  }

  /** Outcomes waiting for a checker, oldest first, without those the caller prepared. */
  public List<OutcomeView> pending(PageRequest<?> page) {
    return reports.pending(currentUser.username(), false, page.first(), page.size()).stream()
        .map(OutcomeView::of)
        .toList();
  }

  /** Outcomes the caller prepared and so cannot approve, for the page to say why. */
  public List<OutcomeView> ownPending(PageRequest<?> page) {
    return reports.pending(currentUser.username(), true, page.first(), page.size()).stream()
        .map(OutcomeView::of)
        .toList();
  }

  /**
   * One outcome with its computation (R-REP-3, R-REP-4, R-REP-5), as the approver opens it from the
   * list (whose rows carry only the list's columns); approving it is checked by {@link #approve}.
   */
  public OutcomeView toCheck(long outcomeId) {
    return reports
        .findOutcome(MunicipalityScope.ALL, outcomeId)
        .map(OutcomeView::of)
        .orElseThrow(() -> new AccessDeniedException("No outcome " + outcomeId));
  }

  public void approve(long outcomeId, long version, String comment) {
    ReportOutcome outcome = checkable(outcomeId, version);
    Instant now = clock.instant();
    OutcomeReview review = outcome.approve(currentUser.actor(), now, comment);
    recorded(outcome, review);
    if (outcome.getKind().recovers() && !reports.recoveryExists(outcome.recoveryKey())) {
      reports.add(Recovery.of(outcome, LocalDate.now(clock), currentUser.username(), now));
      cases.flush("Recovery " + outcome.recoveryKey());
    }
    AccountsReport report = outcome.getReport();
    approved.fire(
        new OutcomeApproved(
            report.getCaseFile().getId(), report.getId(), outcome.getId(), outcome.getKind()));
  }

  public void sendBack(long outcomeId, long version, String comment) {
    ReportOutcome outcome = checkable(outcomeId, version);
    recorded(outcome, outcome.sendBack(currentUser.actor(), clock.instant(), comment));
  }

  private ReportOutcome checkable(long outcomeId, long version) {
    ReportOutcome outcome =
        reports
            .findOutcome(MunicipalityScope.ALL, outcomeId)
            .orElseThrow(() -> new AccessDeniedException("No outcome " + outcomeId));
    Actor caller = currentUser.actor();
    if (!caller.is(Role.IMDI_APPROVER)) {
      throw new AccessDeniedException(
          "Outcome " + outcomeId + ": only an IMDI_APPROVER approves, not " + caller.role());
    }
    if (caller.isSamePersonAs(outcome.getProposal().getPreparedBy())) {
      throw new AccessDeniedException(
          "Outcome " + outcomeId + " was prepared by the caller: maker/checker needs another");
    }
    Versions.require(outcome.getVersion(), version, "Outcome " + outcomeId);
    return outcome;
  }

  private void recorded(ReportOutcome outcome, OutcomeReview review) {
    AccountsReport report = outcome.getReport();
    cases.flush("Outcome " + outcome.getId());
    trail.record(
        report.getCaseFile(), MatterKind.ACCOUNTS_OUTCOME, outcome.getId(), review.outcome());
    trail.record(report.getCaseFile(), MatterKind.ACCOUNTS_REPORT, report.getId(), review.report());
  }
}
