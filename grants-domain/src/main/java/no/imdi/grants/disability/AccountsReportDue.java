package no.imdi.grants.disability;

import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.shared.Period;
import no.imdi.grants.shared.Reasoned;

/**
 * The accounts report (*regnskapsrapport*) of a T2 grant (R-REP-1): the municipality reports its
 * actual spending, signed by its caseworker and its finance officer, due two months after the grant
 * period has ended. The months count from the day after the period's last day, as the deadline
 * after a grant year does (R-DL-2: period 13.10.2024–12.10.2025, due 13.12.2025); a month without
 * that day gives its last day. T1 has no report.
 */
public final class AccountsReportDue {

  public static final String RULE = "R-REP-1";
  static final int MONTHS_AFTER_PERIOD = 2;

  private AccountsReportDue() {}

  /** The due date of the accounts report for a grant of this kind and period; none for T1. */
  public static Reasoned<LocalDate> of(GrantKind kind, Period grantPeriod) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(grantPeriod, "grantPeriod");
    if (kind == GrantKind.T1) {
      return Reasoned.of(null, RULE, "R-REP-1.noReport");
    }
    LocalDate due = grantPeriod.end().plusDays(1).plusMonths(MONTHS_AFTER_PERIOD);
    return Reasoned.of(due, RULE, "R-REP-1.due", due, grantPeriod);
  }
}
