package no.imdi.grants.casefile;

import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/** The two parties of a case's correspondence: the municipality and IMDi. */
public enum Side {
  MUNICIPALITY,
  IMDI;

  /** The side the actor writes for; refused for a role that takes no part in cases. */
  public static Side of(Actor actor) {
    if (actor.is(Role.MUNICIPALITY_CASEWORKER)) {
      return MUNICIPALITY;
    }
    if (actor.isImdi()) {
      return IMDI;
    }
    throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, actor.role());
  }
}
