package no.imdi.grants.disability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;

/**
 * Sentences shared by the deadline rules, without rule ids of their own: that month arithmetic
 * ended on the last day of a short month (as Norwegian time limits do), and that application
 * deadlines are not moved to the next working day (the seed's own example keeps 13.12.2025, a
 * Saturday).
 */
final class DeadlineNotes {

  static final Explanation NONE = Explanation.NONE;

  private DeadlineNotes() {}

  /** A note when the month has no day like the day counted from, else nothing. */
  static Explanation monthEnd(LocalDate from, LocalDate deadline) {
    if (from.getDayOfMonth() == deadline.getDayOfMonth()) {
      return NONE;
    }
    int day = from.getDayOfMonth();
    return Explanation.literal(
        List.of(),
        "Måneden har ikke dag " + day + ", så fristen er månedens siste dag.",
        "The month has no day " + day + ", so the deadline is the last day of the month.");
  }

  /** That the deadline is not moved, naming the weekday when it is a Saturday or Sunday. */
  static Explanation notMoved(LocalDate deadline) {
    if (!isWeekend(deadline)) {
      return Explanation.literal(
          List.of(),
          "Søknadsfristen flyttes ikke til neste virkedag.",
          "The application deadline is not moved to the next working day.");
    }
    return weekendNotMoved(deadline);
  }

  /** For a Saturday or Sunday deadline, that it is not moved; else nothing. */
  static Explanation weekendNotMoved(LocalDate deadline) {
    if (!isWeekend(deadline)) {
      return NONE;
    }
    boolean saturday = deadline.getDayOfWeek() == DayOfWeek.SATURDAY;
    String date = Formats.date(deadline);
    return Explanation.literal(
        List.of(),
        date
            + (saturday ? " er en lørdag" : " er en søndag")
            + "; søknadsfristen flyttes ikke til neste virkedag.",
        date
            + (saturday ? " is a Saturday" : " is a Sunday")
            + "; the application deadline is not moved to the next working day.");
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
