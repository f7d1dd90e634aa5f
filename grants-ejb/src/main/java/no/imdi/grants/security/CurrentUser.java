package no.imdi.grants.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The logged-in caller as the services see it, and the one place that decides the caller's {@link
 * MunicipalityScope}: IMDi's roles see every municipality, a municipality's caseworker and finance
 * officer only their own, and the ministry and the administrator no persons at all; for case files
 * see {@link #caseScope()}. The review of the access log has a scope of its own: the administrator
 * (IMDi's data protection role) reviews every person's log, a municipality's caseworker the log of
 * the municipality's own persons. A disabled user, and one who must still change a one-time
 * password, is refused at every call.
 */
@Stateless
@PermitAll
public class CurrentUser {

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  public CurrentUser() {}

  /** A caller outside a container (tests): the session context names the user. */
  public CurrentUser(SessionContext context, EntityManager em) {
    this.context = context;
    this.em = em;
  }

  public String username() {
    return context.getCallerPrincipal().getName();
  }

  public AppUser user() {
    AppUser user = em.find(AppUser.class, username());
    if (user == null || !user.isEnabled()) {
      throw new AccessDeniedException("Unknown or disabled user " + username());
    }
    if (user.isMustChangePassword()) {
      throw new AccessDeniedException("User " + username() + " must change the password first");
    }
    return user;
  }

  /** The municipalities whose persons and settlements the caller may read and write. */
  public MunicipalityScope settlementScope() {
    AppUser user = user();
    if (user.getRole().isImdi()) {
      return MunicipalityScope.ALL;
    }
    if (user.getRole().belongsToMunicipality()) {
      return MunicipalityScope.only(user.getMunicipalityNumber());
    }
    throw new AccessDeniedException("Role " + user.getRole() + " has no access to persons");
  }

  /** Whose reads of persons' records the caller may review (the access-log review). */
  public MunicipalityScope accessLogScope() {
    AppUser user = user();
    if (user.getRole() == Role.ADMIN) {
      return MunicipalityScope.ALL;
    }
    if (user.getRole() == Role.MUNICIPALITY_CASEWORKER) {
      return MunicipalityScope.only(user.getMunicipalityNumber());
    }
    throw new AccessDeniedException("Role " + user.getRole() + " does not review the access log");
  }

  /** The caller as the case verbs take it: the stored user's name and role. */
  public Actor actor() {
    AppUser user = user();
    return new Actor(user.getUsername(), user.getRole());
  }

  /**
   * The municipalities whose case files the caller may read and work on: IMDi's caseworkers and
   * approvers all; a municipality's caseworker only the cases of persons who live in it now; the
   * finance officer, the ministry and the administrator none (their parts of a case come later).
   */
  public MunicipalityScope caseScope() {
    AppUser user = user();
    if (user.getRole().isImdi()) {
      return MunicipalityScope.ALL;
    }
    if (user.getRole() == Role.MUNICIPALITY_CASEWORKER) {
      return MunicipalityScope.only(user.getMunicipalityNumber());
    }
    throw new AccessDeniedException("Role " + user.getRole() + " has no access to case files");
  }
}
