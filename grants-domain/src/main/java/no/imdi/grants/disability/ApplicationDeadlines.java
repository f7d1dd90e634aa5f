package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_DL_1;
import static no.imdi.grants.disability.RuleIds.R_DL_2;
import static no.imdi.grants.disability.RuleIds.R_DL_3;
import static no.imdi.grants.disability.RuleIds.R_DL_4;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * Application deadlines (<i>søknadsfrister</i>) of the disability grant. A first application
 * (<i>førstegangssøknad</i>) for grant year 1 or 2 is due 14 months after the settlement date
 * (R-DL-1), or for a child under R-T-TG-3 14 months after the birth (R-DL-4). After that, the
 * deadline for a grant year is 2 months after the year has passed, counted from the day after its
 * last day (R-DL-2: year 13.10.2024–12.10.2025, deadline 13.12.2025); a year after year 2 can only
 * be applied for once an earlier first application was granted (R-DL-3). Months are added as
 * Norwegian time limits are: when the month has no such day the deadline is its last day
 * (31.12.2023 + 14 months = 28.02.2025). Deadlines are never moved to the next working day, since
 * the seed's own example keeps 13.12.2025, a Saturday.
 */
public final class ApplicationDeadlines {

  static final int FIRST_APPLICATION_MONTHS = 14; // R-DL-1, R-DL-4
  static final int MONTHS_AFTER_GRANT_YEAR = 2; // R-DL-2
  static final int LAST_FIRST_APPLICATION_YEAR = 2; // R-DL-1

  private static final List<String> NOT_FIRST = List.of(R_DL_1, R_DL_3);
  private static final List<String> CHILD_NOT_FIRST = List.of(R_DL_4, R_DL_3);

  private ApplicationDeadlines() {}

  /**
   * R-DL-1 / R-DL-4: the deadline of a first application for the grant year, or no date (with the
   * reason, R-DL-3) for grant year 3 and later, which a first application cannot be for.
   */
  public static Reasoned<LocalDate> firstApplicationDeadline(ReferenceDate from, int grantYear) {
    requireGrantYear(grantYear);
    if (grantYear > LAST_FIRST_APPLICATION_YEAR) {
      return notAFirstApplication(from, grantYear);
    }
    String rule = from.childBirth() ? R_DL_4 : R_DL_1;
    LocalDate deadline = from.date().plusMonths(FIRST_APPLICATION_MONTHS);
    Explanation why = from.explanation(rule, "R-DL-1.first", grantYear, deadline, rule, from);
    return new Reasoned<>(deadline, withNotes(why, from.date(), deadline));
  }

  /** R-DL-2: the deadline for the grant year once an application for an earlier year is granted. */
  public static Reasoned<LocalDate> laterDeadline(ReferenceDate from, int grantYear) {
    requireGrantYear(grantYear);
    return laterDeadline(from, GrantYear.of(from.date(), grantYear));
  }

  /** R-DL-2 for a grant year already worked out from the reference date. */
  static Reasoned<LocalDate> laterDeadline(ReferenceDate from, GrantYear year) {
    int grantYear = year.number();
    LocalDate passed = year.end().plusDays(1);
    LocalDate deadline = passed.plusMonths(MONTHS_AFTER_GRANT_YEAR);
    Explanation why = from.explanation(R_DL_2, "R-DL-2.later", grantYear, deadline, year.period());
    return new Reasoned<>(deadline, withNotes(why, passed, deadline));
  }

  /**
   * The deadline of an application for the grant year given what has been granted before: R-DL-2
   * once something was granted for an earlier year, else R-DL-1 / R-DL-4 for year 1 or 2, else no
   * date because the application cannot be made (R-DL-3).
   */
  public static Reasoned<LocalDate> deadline(ReferenceDate from, int grantYear, PriorGrants prior) {
    requireGrantYear(grantYear);
    if (prior.grantedBefore(grantYear)) {
      return laterDeadline(from, grantYear);
    }
    return firstApplicationDeadline(from, grantYear);
  }

  private static Reasoned<LocalDate> notAFirstApplication(ReferenceDate from, int grantYear) {
    String first = from.childBirth() ? R_DL_4 : R_DL_1;
    List<String> rules = from.childBirth() ? CHILD_NOT_FIRST : NOT_FIRST;
    return new Reasoned<>(null, Explanation.of(rules, "R-DL-3.notFirst", grantYear, first));
  }

  private static Explanation withNotes(Explanation why, LocalDate from, LocalDate deadline) {
    return why.and(DeadlineNotes.monthEnd(from, deadline), DeadlineNotes.notMoved(deadline));
  }

  static void requireGrantYear(int grantYear) {
    if (grantYear < 1) {
      throw new IllegalArgumentException("Grant years are numbered from 1, not " + grantYear);
    }
  }
}
