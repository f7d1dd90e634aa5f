package no.imdi.grants.casefile;

import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/**
 * Who may use a verb of a case's matters: the municipality's caseworker for its side (apply,
 * request, answer), an IMDi caseworker who has taken the case for IMDi's work, and the approver for
 * maker/checker. A verb refuses anyone else, whatever route called it.
 */
public final class CaseRoles {

  private CaseRoles() {}

  public static void requireMunicipality(Actor by) {
    if (!by.is(Role.MUNICIPALITY_CASEWORKER)) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
  }

  /** An IMDi caseworker to whom the case is assigned. */
  public static void requireImdiCaseworker(Actor by, CaseFile caseFile) {
    if (!by.is(Role.IMDI_CASEWORKER)) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
    caseFile.requireTakenBy(by);
  }

  /** The municipality's caseworker, or an IMDi caseworker who has the case. */
  public static void requireMunicipalityOrCaseworker(Actor by, CaseFile caseFile) {
    if (by.is(Role.MUNICIPALITY_CASEWORKER)) {
      return;
    }
    requireImdiCaseworker(by, caseFile);
  }
}
