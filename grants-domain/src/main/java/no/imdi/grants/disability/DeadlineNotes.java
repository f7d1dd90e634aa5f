package no.imdi.grants.disability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;

/**
 * Sentences shared by the deadline rules, without rule ids of their own: that month arithmetic
 * ended on the last day of a short month (as Norwegian time limits do), and that application
 * deadlines are not moved to the next working day (the seed's own example keeps 13.12.2025, a
 * Saturday).
 */
final class DeadlineNotes {

  private static final Explanation NOT_MOVED = Explanation.note("note.notMoved");
  private static final Reason SATURDAY = Reason.phrase("workingDay.saturday");
  private static final Reason SUNDAY = Reason.phrase("workingDay.sunday");

  private DeadlineNotes() {}

  /** A note when the month has no day like the day counted from, else nothing. */
  static Explanation monthEnd(LocalDate from, LocalDate deadline) {
    if (from.getDayOfMonth() == deadline.getDayOfMonth()) {
      return Explanation.NONE;
    }
    return Explanation.note("note.monthEnd", from.getDayOfMonth());
  }

  /** That the deadline is not moved, naming the weekday when it is a Saturday or Sunday. */
  static Explanation notMoved(LocalDate deadline) {
    return isWeekend(deadline) ? weekendNotMoved(deadline) : NOT_MOVED;
  }

  /** For a Saturday or Sunday deadline, that it is not moved; else nothing. */
  static Explanation weekendNotMoved(LocalDate deadline) {
    if (!isWeekend(deadline)) {
      return Explanation.NONE;
    }
    boolean saturday = deadline.getDayOfWeek() == DayOfWeek.SATURDAY;
    return Explanation.note("note.weekendNotMoved", deadline, saturday ? SATURDAY : SUNDAY);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
