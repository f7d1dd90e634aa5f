package no.imdi.grants.web.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.imdi.grants.shared.Formats;

/**
 * A deadline as the calculator shows it: its date ({@code 13.12.2024}) and, counted from today by
 * the injected clock, whether it has passed ("fristen gikk ut 13.12.2024") or how many days are
 * left ("42 dager igjen"; 0 on the last day, which is still in time).
 */
public record DeadlineStatus(LocalDate day, String date, boolean passed, long daysLeft)
    implements Serializable {

  /** The status of the deadline today, or {@code null} when there is no deadline. */
  static DeadlineStatus of(LocalDate deadline, LocalDate today) {
    if (deadline == null) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(today, deadline);
    return new DeadlineStatus(deadline, Formats.date(deadline), days < 0, Math.max(days, 0));
  }
}
