package no.imdi.grants.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time of a demo case's story, counted back from the application's clock: each step happens a
 * number of days before now, and steps on the same day follow each other a minute apart, so that
 * every audit row, journal entry and deadline check has the date it would have had, and none lies
 * in the future. The services are given this clock, as they are given the application's.
 */
final class DemoClock extends Clock {

  /** How long before the real time of day a day's first step happens. */
  private static final Duration DAY_START = Duration.ofHours(3);

  private final Instant now;
  private final ZoneId zone;
  private Instant current;

  DemoClock(Clock application) {
    this.now = application.instant();
    this.zone = application.getZone();
  }

  /** A new story: its first step may be on any day before now. */
  void restart() {
    current = null;
  }

  /** Moves to the start of the day {@code daysAgo} days before now. */
  void day(int daysAgo) {
    if (daysAgo < 0) {
      throw new IllegalArgumentException("A demo step cannot be in the future: " + daysAgo);
    }
    Instant start = now.minus(Duration.ofDays(daysAgo)).minus(DAY_START);
    if (current != null && start.isBefore(current)) {
      throw new IllegalStateException("Demo steps must go forward in time: " + daysAgo);
    }
    current = start;
  }

  /** The next minute of the current day. */
  void tick() {
    current = instant().plus(Duration.ofMinutes(1));
  }

  Instant now() {
    return now;
  }

  @Override
  public Instant instant() {
    return current == null ? now : current;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.fixed(instant(), other);
  }
}
