package no.imdi.grants.security;

import java.util.Locale;
import java.util.Objects;

/**
 * Who does something in a case: the logged-in user's name and role. The entities' verbs take the
 * actor, so that a verb can refuse a role that may not do it (a municipality cannot approve; the
 * preparer of a decision cannot approve it) and record who did it.
 */
public record Actor(String username, Role role) {

  public Actor {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("An actor has a username");
    }
    Objects.requireNonNull(role, "role");
    username = username.strip();
  }

  public boolean is(Role wanted) {
    return role == wanted;
  }

  public boolean isImdi() {
    return role.isImdi();
  }

  /** Whether the username names this actor (case and surrounding spaces ignored). */
  public boolean isSamePersonAs(String other) {
    return other != null
        && username.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
  }
}
