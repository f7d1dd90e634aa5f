package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_GY_1;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Period;

/**
 * A grant year (<i>tilskuddsår</i>) of the disability grant (R-GY-1): year 1 starts on the
 * settlement date (or a child's birth, R-DL-4) and lasts one year; each following year starts on
 * the same date the next year, and each year ends the day before the next starts (settled
 * 13.10.2023: year 1 is 13.10.2023–12.10.2024). A year that starts on 29 February starts on 1 March
 * in the years without that day, so every grant year is a whole year (settled 29.02.2024: year 1
 * 29.02.2024–28.02.2025, year 2 01.03.2025–28.02.2026, year 5 29.02.2028–28.02.2029).
 */
public record GrantYear(int number, Period period) {

  public GrantYear {
    if (number < 1) {
      throw new IllegalArgumentException("Grant years are numbered from 1, not " + number);
    }
    Objects.requireNonNull(period, "period");
  }

  /** Grant year {@code number} of a person whose grant years count from {@code reference}. */
  public static GrantYear of(LocalDate reference, int number) {
    if (number < 1) {
      throw new IllegalArgumentException("Grant years are numbered from 1, not " + number);
    }
    return new GrantYear(
        number, new Period(start(reference, number), start(reference, number + 1).minusDays(1)));
  }

  /** The grant year that contains the day, or empty when the day is before grant year 1. */
  public static Optional<GrantYear> containing(LocalDate reference, LocalDate day) {
    if (day.isBefore(reference)) {
      return Optional.empty();
    }
    int number = (int) ChronoUnit.YEARS.between(reference, day) + 1;
    while (start(reference, number).isAfter(day)) {
      number--;
    }
    while (!start(reference, number + 1).isAfter(day)) {
      number++;
    }
    return Optional.of(of(reference, number));
  }

  public LocalDate start() {
    return period.start();
  }

  public LocalDate end() {
    return period.end();
  }

  /** Why the year runs as it does, for a caseworker to check. */
  public Explanation explanation(ReferenceDate reference) {
    if (number == 1) {
      return reference.explanation(R_GY_1, "R-GY-1.first", number, period, reference);
    }
    if (isLeapDay(reference.date()) && start().getMonth() == Month.MARCH) {
      return reference.explanation(
          R_GY_1, "R-GY-1.leapDay", number, period, reference, start().getYear());
    }
    return reference.explanation(R_GY_1, "R-GY-1.later", number, period, reference, number - 1);
  }

  private static LocalDate start(LocalDate reference, int number) {
    LocalDate start = reference.plusYears(number - 1L);
    return isLeapDay(reference) && start.getDayOfMonth() == 28 ? start.plusDays(1) : start;
  }

  private static boolean isLeapDay(LocalDate date) {
    return date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29;
  }
}
