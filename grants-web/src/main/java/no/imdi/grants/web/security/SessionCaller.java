package no.imdi.grants.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in to a session, as the authentication mechanism keeps it: the caller's name and
 * groups (roles), when the session's login was (a change of the user after it ends the session),
 * and whether the user must change a one-time password before anything else. Held in the HTTP
 * session and handed to the container on every request.
 */
record SessionCaller(
    String name, Set<String> groups, Instant loginAt, boolean passwordChangeRequired)
    implements Serializable {

  static final String ATTRIBUTE = SessionCaller.class.getName();

  /** The groups the container gets: none until a one-time password is changed. */
  Set<String> activeGroups() {
    return passwordChangeRequired ? Set.of() : groups;
  }
}
