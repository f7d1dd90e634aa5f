package no.imdi.grants.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.shared.Formats;

/**
 * A deadline's last day moved forward to the next working day when it falls on a Saturday, a Sunday
 * or a public holiday (domstolloven § 149, foreldelsesloven § 29 nr. 2), with the reason in words
 * for the explanation a caseworker reads: "06.04.2026 er 2. påskedag; neste virkedag er
 * 07.04.2026".
 */
public record WorkingDayRoll(LocalDate original, LocalDate rolledTo) {

  public WorkingDayRoll {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(rolledTo, "rolledTo");
  }

  /** The day itself when it is a working day, else the next working day. */
  public static WorkingDayRoll of(LocalDate day) {
    return new WorkingDayRoll(day, NorwegianHolidays.nextWorkingDayOnOrAfter(day));
  }

  public boolean moved() {
    return !rolledTo.equals(original);
  }

  /**
   * Why the original day is not a working day, in bokmål: "en lørdag", "2. påskedag"; empty if it
   * is.
   */
  public String norwegianReason() {
    return reason(original, true);
  }

  /** Why the original day is not a working day, in English: "a Saturday", "Easter Monday". */
  public String englishReason() {
    return reason(original, false);
  }

  /** "06.04.2026 er 2. påskedag; neste virkedag er 07.04.2026", or empty when not moved. */
  public String norwegian() {
    return moved()
        ? Formats.date(original)
            + " er "
            + norwegianReason()
            + "; neste virkedag er "
            + Formats.date(rolledTo)
        : "";
  }

  /** "06.04.2026 is Easter Monday; the next working day is 07.04.2026", or empty when not moved. */
  public String english() {
    return moved()
        ? Formats.date(original)
            + " is "
            + englishReason()
            + "; the next working day is "
            + Formats.date(rolledTo)
        : "";
  }

  private static String reason(LocalDate day, boolean norwegian) {
    var holiday = NorwegianHolidays.holidayOn(day);
    if (holiday.isPresent()) {
      return norwegian ? holiday.get().norwegianName() : holiday.get().englishName();
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return norwegian ? "en lørdag" : "a Saturday";
    }
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return norwegian ? "en søndag" : "a Sunday";
    }
    return "";
  }
}
