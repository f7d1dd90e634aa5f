package no.imdi.grants.web.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import no.imdi.grants.security.Role;

/**
 * Which case pages and actions the logged-in user's role has: the municipality's caseworker applies
 * and writes, IMDi's caseworker and approver read every case (and the audit trail); the other roles
 * see no case. The services check the same again, and the municipality scope besides.
 */
@Named
@RequestScoped
public class CaseAccess {

  @Inject private SecurityContext securityContext;

  /** Sees the disability grant's cases at all. */
  public boolean isSeesCases() {
    return isMunicipalityCaseworker() || isImdi();
  }

  public boolean isMunicipalityCaseworker() {
    return securityContext.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME);
  }

  /** IMDi's caseworker or approver: sees the audit trail of a case. */
  public boolean isImdi() {
    return securityContext.isCallerInRole(Role.IMDI_CASEWORKER_NAME)
        || securityContext.isCallerInRole(Role.IMDI_APPROVER_NAME);
  }

  public boolean isImdiCaseworker() {
    return securityContext.isCallerInRole(Role.IMDI_CASEWORKER_NAME);
  }
}
