package no.imdi.grants.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Year;

/**
 * What the date fields of every form share: the years of the calendar's year list (1900 to next
 * year) and the help text that says how dates may be typed, with the two-digit years of today.
 */
@Named
@RequestScoped
public class DateFields {

  static final int FIRST_YEAR = 1900;

  @Inject private Clock clock;
  @Inject private Messages messages;

  public String getYearRange() {
    return FIRST_YEAR + ":" + (Year.now(clock).getValue() + 1);
  }

  /** "… 27 is 2027, 28 is 1928" for this year: the last and the first year of the window. */
  public String getHelp() {
    Year thisYear = Year.now(clock);
    int last = thisYear.getValue() + 1;
    int first = DateInput.fullYear((last + 1) % 100, thisYear);
    return messages.text(
        "date.help",
        String.format("%02d", last % 100),
        String.valueOf(last),
        String.format("%02d", first % 100),
        String.valueOf(first));
  }
}
