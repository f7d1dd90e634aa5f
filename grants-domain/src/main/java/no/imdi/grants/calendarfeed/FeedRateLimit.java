package no.imdi.grants.calendarfeed;

import java.time.Duration;
import java.time.Instant;

/**
 * How many requests one key (a feed URL's token, or a client address) may make for the deadline
 * calendar in a window (OWASP ASVS 5.0 V2.4, anti-automation): a fixed window that starts with the
 * key's first request after the last window ended; a request beyond the limit is refused until the
 * window ends, and is told how long that is (the {@code Retry-After} of a 429). The numbers are
 * this project's choice, not a rule of the rule book; they are settings.
 */
public record FeedRateLimit(int limit, Duration window) {

  public FeedRateLimit {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("At least one request in a window longer than zero");
    }
  }

  /** The requests of one key in its current window. */
  public record Count(Instant start, int requests) {
    public static final Count NONE = new Count(Instant.EPOCH, 0);
  }

  /** The count with one more request at {@code now}: a new window when the last one has ended. */
  public Count counted(Count count, Instant now) {
    Count current = count == null ? Count.NONE : count;
    if (ended(current, now)) {
      return new Count(now, 1);
    }
    return new Count(
        current.start(),
        current.requests() == Integer.MAX_VALUE ? Integer.MAX_VALUE : current.requests() + 1);
  }

  /** Whether the window's last request was beyond the limit. */
  public boolean refused(Count count) {
    return count.requests() > limit;
  }

  /** Whether this request was the first refused in its window (the one the security log names). */
  public boolean firstRefused(Count count) {
    return count.requests() == limit + 1;
  }

  /** Whole seconds, at least one, until the window of the count ends. */
  public long retryAfterSeconds(Count count, Instant now) {
    Duration left = Duration.between(now, count.start().plus(window));
    long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  /** Whether the window of the count has ended at {@code now} (the count can be forgotten). */
  public boolean ended(Count count, Instant now) {
    return !now.isBefore(count.start().plus(window));
  }
}
