package no.imdi.grants.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verb of a matter did: the action, the state before ({@code null} when the matter was just
 * created) and after, who did it, when, and why. Every verb that changes a state returns one; the
 * services write it to the case's audit trail.
 *
 * @param <S> the matter's state type
 */
public record StateChange<S extends Enum<S>>(
    String action, S from, S to, String by, Instant at, String why) {

  public StateChange {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
