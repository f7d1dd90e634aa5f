package no.imdi.grants.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.calendar.Holiday;
import no.imdi.grants.calendar.NorwegianHolidays;

/**
 * The working hours a read of a person's record is expected in, for the access-log review: from 07
 * to 17 (17:00 is outside) Norwegian time on working days (*virkedager*: not Saturday, Sunday or a
 * public holiday of {@link NorwegianHolidays}). A read outside them is not wrong, only worth a
 * look.
 */
public record WorkingHours(int startHour, int endHour) {

  public static final WorkingHours STANDARD = new WorkingHours(7, 17);

  public WorkingHours {
    if (startHour < 0 || endHour > 24 || startHour >= endHour) {
      throw new IllegalArgumentException("Working hours run forward within a day");
    }
  }

  public boolean isWithin(LocalDateTime at) {
    return NorwegianHolidays.isWorkingDay(at.toLocalDate())
        && at.getHour() >= startHour
        && at.getHour() < endHour;
  }

  /** The public holidays of the years, weekends left out (they are outside anyway). */
  public static List<LocalDate> holidays(int fromYear, int toYear) {
    List<LocalDate> dates = new ArrayList<>();
    int first = Math.max(fromYear, NorwegianHolidays.FIRST_YEAR);
    int last = Math.min(toYear, NorwegianHolidays.LAST_YEAR);
    for (int year = first; year <= last; year++) {
      for (Holiday holiday : NorwegianHolidays.of(year)) {
        if (holiday.date().getDayOfWeek().getValue() < 6) {
          dates.add(holiday.date());
        }
      }
    }
    return dates;
  }
}
