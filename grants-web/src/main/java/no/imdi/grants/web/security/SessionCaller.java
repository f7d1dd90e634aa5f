package no.imdi.grants.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in to a session, as the authentication mechanism keeps it: the caller's name and
 * groups (roles). Held in the HTTP session and handed to the container on every request.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

  static final String ATTRIBUTE = SessionCaller.class.getName();
}
