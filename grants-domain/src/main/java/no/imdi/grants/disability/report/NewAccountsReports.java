package no.imdi.grants.disability.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.Decision;

/**
 * Opens the accounts report of an approved T2 grant on a budget (R-REP-1, R-REP-2), with the
 * granted measures and their cost lines from the application as the starting point; refused for a
 * grant that owes none (T1, accounts-based, not granted).
 */
public final class NewAccountsReports {

  private NewAccountsReports() {}

  public static Created<AccountsReport, AccountsReportState> open(
      Decision decision, LocalDate periodStart, LocalDate periodEnd, LocalDate due, Instant at) {
    Application application = decision.getApplication();
    if (!ReportRules.needsReport(application) || decision.getAmount() == null) {
      throw Refusal.of(CaseMessage.REPORT_NOT_NEEDED, application.getKind());
    }
    AccountsReport report = new AccountsReport(decision, periodStart, periodEnd, due, at);
    Set<Integer> granted = report.grantedPositions();
    application.getMeasures().stream()
        .filter(m -> granted.contains(m.getPosition()))
        .forEach(m -> report.addMeasure(m.getName(), m.getPosition(), m.getLines()));
    return new Created<>(
        report,
        new StateChange<>("open", null, AccountsReportState.DRAFT, "system", at, "R-REP-1"));
  }
}
