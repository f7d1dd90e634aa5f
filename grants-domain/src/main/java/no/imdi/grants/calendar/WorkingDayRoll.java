package no.imdi.grants.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonTexts;

/**
 * A deadline's last day moved forward to the next working day when it falls on a Saturday, a Sunday
 * or a public holiday (domstolloven § 149, foreldelsesloven § 29 nr. 2), with the reason as a part
 * of the explanation a caseworker reads: "06.04.2026 er 2. påskedag; neste virkedag er 07.04.2026"
 * (key {@code workingDay.moved}).
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
   * Why the original day is not a working day, as an argument of a reason: its holiday, a Saturday
   * or a Sunday ({@code workingDay.saturday}); {@code null} for a working day.
   */
  public Object notWorkingDay() {
    var holiday = NorwegianHolidays.holidayOn(original);
    if (holiday.isPresent()) {
      return holiday.get();
    }
    if (original.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return Reason.phrase("workingDay.saturday");
    }
    if (original.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Reason.phrase("workingDay.sunday");
    }
    return null;
  }

  /** The move as a part of a sentence, or {@code null} when the day is not moved. */
  public Reason phrase() {
    return moved() ? Reason.phrase("workingDay.moved", original, notWorkingDay(), rolledTo) : null;
  }

  /** Why the original day is not a working day, in bokmål: "en lørdag", "2. påskedag"; or "". */
  public String norwegianReason() {
    return reason(ReasonTexts.BOKMAL);
  }

  /** Why the original day is not a working day, in English: "a Saturday", "Easter Monday". */
  public String englishReason() {
    return reason(Locale.ENGLISH);
  }

  /** "06.04.2026 er 2. påskedag; neste virkedag er 07.04.2026", or empty when not moved. */
  public String norwegian() {
    return text(ReasonTexts.BOKMAL);
  }

  /** "06.04.2026 is Easter Monday; the next working day is 07.04.2026", or empty when not moved. */
  public String english() {
    return text(Locale.ENGLISH);
  }

  private String text(Locale locale) {
    return moved() ? phrase().text(locale) : "";
  }

  private String reason(Locale locale) {
    return ReasonTexts.value(notWorkingDay(), locale);
  }
}
