package no.imdi.grants.disability.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionApproved;
import no.imdi.grants.security.MunicipalityScope;

/**
 * R-REP-3: when the additional decision on a claimed overrun (a supplement application) is
 * approved, whatever its outcome, the report's claim is decided and leaves IMDi's work queue, in
 * the transaction that approves the decision, with an audit row on the report.
 */
@ApplicationScoped
public class ClaimCloser {

  @Inject private AccountsReportRepository reports;
  @Inject private ApplicationRepository applications;
  @Inject private CaseRepository cases;
  @Inject private CaseTrail trail;

  protected ClaimCloser() {}

  public ClaimCloser(
      AccountsReportRepository reports,
      ApplicationRepository applications,
      CaseRepository cases,
      CaseTrail trail) {
    this.reports = reports;
    this.applications = applications;
    this.cases = cases;
    this.trail = trail;
  }

  public void decisionApproved(@Observes DecisionApproved event) {
    applications.findDecision(MunicipalityScope.ALL, event.decisionId()).ifPresent(this::close);
  }

  private void close(Decision decision) {
    var supplement = decision.getApplication().supplement();
    if (supplement == null) {
      return;
    }
    reports
        .find(MunicipalityScope.ALL, supplement.reportId())
        .ifPresent(
            report -> {
              var change =
                  report.claimDecided(
                      decision.getId(),
                      decision.getOutcome().name(),
                      decision.getProposal().getReviewedBy(),
                      decision.getProposal().getReviewedAt());
              cases.flush("Accounts report " + report.getId());
              trail.record(
                  report.getCaseFile(), MatterKind.ACCOUNTS_REPORT, report.getId(), change);
            });
  }
}
