package no.imdi.grants.disability;

import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;
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
      return new Reasoned<>(
          null,
          Explanation.of(
              RULE,
              "Ingen regnskapsrapport for T1 (" + RULE + ").",
              "No accounts report for T1 (" + RULE + ")."));
    }
    LocalDate due = grantPeriod.end().plusDays(1).plusMonths(MONTHS_AFTER_PERIOD);
    return new Reasoned<>(
        due,
        Explanation.of(
            RULE,
            "Regnskapsrapport for T2, signert av kommunens saksbehandler og økonomiansvarlig,"
                + " innen "
                + Formats.date(due)
                + " ("
                + RULE
                + ": 2 måneder etter at tilskuddsperioden "
                + grantPeriod
                + " er over).",
            "Accounts report for T2, signed by the municipality's caseworker and finance officer, by "
                + Formats.date(due)
                + " ("
                + RULE
                + ": 2 months after the grant period "
                + grantPeriod
                + " has ended)."));
  }
}
