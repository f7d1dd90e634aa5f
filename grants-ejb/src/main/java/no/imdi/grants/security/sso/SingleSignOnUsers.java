package no.imdi.grants.security.sso;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.SessionRevocations;
import no.imdi.grants.security.UserAudit;
import no.imdi.grants.security.UserAudit.Action;

/**
 * The users who log in through the organisation's identity provider. A first login creates the user
 * (marked as a user of the provider, without a local password), so that the users page shows them
 * and the administrator can disable them; every later login brings the name, e-mail, role and
 * municipality up to date from the claims. A new role or municipality is audited like the
 * administrator's change (by {@value #CHANGED_BY}) and ends the user's older sessions. A refusal
 * (no known role, a municipality role without a valid municipality, a disabled user, a username
 * that belongs to a local account) creates no session and is written to the security log.
 */
@Stateless
@PermitAll
public class SingleSignOnUsers {

  /** Who the audit names for changes that came from the identity provider. */
  public static final String CHANGED_BY = "sso";

  private static final int USERNAME_LENGTH = 64;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private SessionRevocations revocations;
  @Inject private SecurityLog log;

  public SingleSignOnUsers() {}

  /** Outside a container (tests). */
  SingleSignOnUsers(
      EntityManager em, Clock clock, SessionRevocations revocations, SecurityLog log) {
    this.em = em;
    this.clock = clock;
    this.revocations = revocations;
    this.log = log;
  }

  /** What a login gave: the user's name and role, or why there is no session. */
  public record Outcome(String username, Role role, SsoRefusal refusal) {

    public boolean refused() {
      return refusal != null;
    }
  }

  public Outcome signIn(SsoIdentity identity, String address) {
    String username = username(identity.username());
    if (username == null) {
      return refuse(identity, identity.subject(), SsoRefusal.FAILED, "no usable username", address);
    }
    SsoAssignment assignment = SsoAssignment.of(identity.roleValues(), identity.municipality());
    if (assignment.refused()) {
      return refuse(
          identity,
          username,
          assignment.refusal(),
          "role claim " + identity.roleValues() + ", municipality claim " + identity.municipality(),
          address);
    }
    if (assignment.municipality() != null
        && em.find(Municipality.class, assignment.municipality()) == null) {
      return refuse(
          identity,
          username,
          SsoRefusal.UNKNOWN_MUNICIPALITY,
          "municipality " + assignment.municipality(),
          address);
    }
    AppUser user = known(identity, username);
    Instant now = clock.instant();
    String name = displayName(identity, username);
    String email =
        identity.email() == null || identity.email().length() > 254 ? null : identity.email();
    if (user == null) {
      if (em.find(AppUser.class, username) != null) {
        return refuse(identity, username, SsoRefusal.USERNAME_TAKEN, "local account", address);
      }
      user =
          AppUser.fromSso(
              username,
              name,
              email,
              assignment.role(),
              assignment.municipality(),
              identity.issuer(),
              identity.subject());
      em.persist(user);
      em.persist(UserAudit.of(user, Action.CREATED, CHANGED_BY, now));
      return new Outcome(user.getUsername(), user.getRole(), null);
    }
    if (!user.isEnabled()) {
      return refuse(identity, user.getUsername(), SsoRefusal.DISABLED, "disabled", address);
    }
    user.updateFromSso(name, email);
    if (user.getRole() != assignment.role()
        || !Objects.equals(user.getMunicipalityNumber(), assignment.municipality())) {
      em.persist(
          UserAudit.assigned(user, assignment.role(), assignment.municipality(), CHANGED_BY, now));
      user.assign(assignment.role(), assignment.municipality(), now);
      revocations.endSessionsBefore(user.getUsername(), now);
    }
    return new Outcome(user.getUsername(), user.getRole(), null);
  }

  /** Writes a login that failed before a user was known (a bad state or token) to the log. */
  public void failed(String detail, String address) {
    log.recordFor(Kind.LOGIN_FAILED, null, address, "sso", "Single sign-on failed: " + detail);
  }

  private AppUser known(SsoIdentity identity, String username) {
    List<AppUser> found =
        em.createQuery(
                "select u from AppUser u where u.ssoIssuer = :i and u.ssoSubject = :s",
                AppUser.class)
            .setParameter("i", identity.issuer())
            .setParameter("s", identity.subject())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private Outcome refuse(
      SsoIdentity identity, String username, SsoRefusal refusal, String why, String address) {
    log.recordFor(
        Kind.LOGIN_FAILED,
        username == null ? null : abbreviate(username, USERNAME_LENGTH),
        address,
        "sso",
        "Single sign-on refused (" + refusal + "): " + why + "; issuer " + identity.issuer());
    return new Outcome(null, null, refusal);
  }

  /** The provider's username in lower case, or null when it is missing or too long to keep. */
  static String username(String claim) {
    if (claim == null) {
      return null;
    }
    String u = claim.strip().toLowerCase(java.util.Locale.ROOT);
    boolean usable =
        !u.isEmpty()
            && u.length() <= USERNAME_LENGTH
            && u.chars().noneMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c));
    return usable ? u : null;
  }

  private static String displayName(SsoIdentity identity, String username) {
    String name = identity.displayName();
    return name == null || name.isBlank() ? username : abbreviate(name.strip(), 255);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
