package no.imdi.grants.disability.report;

import java.time.LocalDate;
import no.imdi.grants.disability.AccountsReportDue;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.shared.Period;
import no.imdi.grants.shared.Reasoned;

/**
 * Which grants owe an accounts report and when: a granted T2 on a budget (R-REP-1); an
 * accounts-based T2 carries its accounts already (R-REP-2) and T1 has none. Due two months after
 * the grant period ({@link AccountsReportDue}).
 */
public final class ReportRules {

  private ReportRules() {}

  public static boolean needsReport(Application application) {
    return application.getKind() == GrantKind.T2
        && application.getBasis() == ReportingBasis.BUDGET
        && application.isGranted();
  }

  public static Reasoned<LocalDate> due(Period grantPeriod) {
    return AccountsReportDue.of(GrantKind.T2, grantPeriod);
  }
}
