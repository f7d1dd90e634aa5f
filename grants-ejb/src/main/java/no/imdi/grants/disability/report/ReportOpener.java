package no.imdi.grants.disability.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionApproved;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Period;

/**
 * Opens the accounts report a granted, budget-based T2 year owes (R-REP-1, R-REP-2), in the
 * transaction that approves the grant decision; due two months after the grant year's period. One
 * report per application: a second opening finds the first (and the database refuses a second).
 */
@ApplicationScoped
public class ReportOpener {

  @Inject private AccountsReportRepository reports;
  @Inject private ApplicationRepository applications;
  @Inject private CaseRepository cases;
  @Inject private CaseFacts facts;
  @Inject private CaseTrail trail;
  @Inject private Clock clock;

  protected ReportOpener() {}

  public ReportOpener(
      AccountsReportRepository reports,
      ApplicationRepository applications,
      CaseRepository cases,
      CaseFacts facts,
      CaseTrail trail,
      Clock clock) {
    this.reports = reports;
    this.applications = applications;
    this.cases = cases;
    this.facts = facts;
    this.trail = trail;
    this.clock = clock;
  }

  public void decisionApproved(@Observes DecisionApproved event) {
    if (event.outcome().granted()) {
      applications.findDecision(MunicipalityScope.ALL, event.decisionId()).ifPresent(this::open);
    }
  }

  /** The report of the decision's application, opened if it owes one; empty if it owes none. */
  public Optional<Long> open(Decision decision) {
    var application = decision.getApplication();
    if (!ReportRules.needsReport(application) || decision.getAmount() == null) {
      return Optional.empty();
    }
    Optional<AccountsReport> existing = reports.forApplication(application.getId());
    if (existing.isPresent()) {
      return Optional.of(existing.get().getId());
    }
    Period period =
        facts.grantYear(facts.facts(application.getCaseFile()), application.getGrantYear());
    LocalDate due = ReportRules.due(period).value();
    var created =
        NewAccountsReports.open(decision, period.start(), period.end(), due, clock.instant());
    AccountsReport report = created.matter();
    reports.add(report);
    cases.flush("Accounts report of application " + application.getId());
    trail.record(
        report.getCaseFile(), MatterKind.ACCOUNTS_REPORT, report.getId(), created.change());
    return Optional.of(report.getId());
  }
}
