package no.imdi.grants.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When a login attempt may be made, after failures (OWASP ASVS 5.0 V6, anti-automation): the first
 * few failures cost nothing, then each next attempt must wait twice as long as the last (1 s, 2 s,
 * 4 s, ... up to the lockout), and after a number of failures the key is locked for a while. A key
 * is an account name (known or not, so that the answer tells nothing of whether the user exists) or
 * a client address, each with its own numbers. Failures are forgotten after a quiet period and a
 * successful login clears the account's failures. The numbers are this project's choice, not a rule
 * of the rule book; they are settings.
 */
public record LoginThrottlePolicy(
    int failuresBeforeDelay, int failuresBeforeLockout, Duration lockout, Duration forgetAfter) {

  public LoginThrottlePolicy {
    if (failuresBeforeDelay < 1 || failuresBeforeLockout <= failuresBeforeDelay) {
      throw new IllegalArgumentException("Delays start before the lockout, after at least 1");
    }
    if (forgetAfter.compareTo(lockout) < 0) {
      throw new IllegalArgumentException("Failures are kept at least as long as a lockout");
    }
  }

  /** The failures so far of one key. */
  public record Failures(int count, Instant last) {
    public static final Failures NONE = new Failures(0, Instant.EPOCH);
  }

  /** How long an attempt must still wait at {@code now}; zero when it may be made. */
  public Duration waitBefore(Failures failures, Instant now) {
    Failures current = forget(failures, now);
    if (current.count() < failuresBeforeDelay) {
      return Duration.ZERO;
    }
    Duration delay =
        current.count() >= failuresBeforeLockout
            ? lockout
            : Duration.ofSeconds(1L << Math.min(30, current.count() - failuresBeforeDelay));
    if (delay.compareTo(lockout) > 0) {
      delay = lockout;
    }
    Instant allowed = current.last().plus(delay);
    return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
  }

  /** The failures after one more at {@code now}. */
  public Failures failed(Failures failures, Instant now) {
    Failures current = forget(failures, now);
    if (current.count() >= failuresBeforeLockout && waitBefore(current, now).isZero()) {
      // a lockout that has run out starts over at the delays, not at nothing
      return new Failures(failuresBeforeDelay, now);
    }
    return new Failures(current.count() + 1, now);
  }

  /** Whether the key is locked out (rather than only delayed). */
  public boolean lockedOut(Failures failures, Instant now) {
    Failures current = forget(failures, now);
    return current.count() >= failuresBeforeLockout && !waitBefore(current, now).isZero();
  }

  private Failures forget(Failures failures, Instant now) {
    return failures.last().plus(forgetAfter).isBefore(now) ? Failures.NONE : failures;
  }
}
