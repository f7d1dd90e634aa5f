package no.imdi.grants.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a complaint must have had an answer or an interim reply (*foreløpig svar*, R-AP-8): one
 * month after it reached the body now handling it, IMDi from the day it was received and the
 * ministry from the day it was forwarded. The month ends on the same date of the next month, or on
 * that month's last day when it has no such date (31 January gives 28 or 29 February). It is a duty
 * of the administration, not a party's deadline, so it is not moved to a working day. Overdue is
 * the day after.
 *
 * @param from the day the complaint reached the body handling it
 * @param due the last day of the month
 */
public record AnswerDue(LocalDate from, LocalDate due) {

  public static final String RULE = "R-AP-8";

  public AnswerDue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(due, "due");
  }

  public static AnswerDue from(LocalDate reached) {
    return new AnswerDue(reached, reached.plusMonths(1));
  }

  /** Without an answer or an interim reply, overdue from the day after {@link #due}. */
  public boolean isOverdueOn(LocalDate today) {
    return today.isAfter(due);
  }
}
