package no.imdi.grants.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * A user's change of their own password (OWASP ASVS 5.0 V6): the current password is required, and
 * a wrong one counts as a failed login for the throttle; the new one must follow the {@link
 * PasswordPolicy} and differ from the current one. The change is audited, clears a one-time
 * password's must-change flag, and ends the user's other sessions: the session that made the change
 * continues from the returned instant. Open to every logged-in user, also one who may do nothing
 * else yet (a one-time password to change).
 */
@Stateless
@PermitAll
public class PasswordChange {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private LoginThrottle throttle;
  @Inject private SessionRevocations revocations;
  @Resource private SessionContext context;

  /** The outcome: the instant the caller's session continues from, and the user's role. */
  public record Changed(Instant sessionFrom, Role role) {}

  public PasswordChange() {}

  PasswordChange(
      EntityManager em,
      Clock clock,
      SessionContext context,
      LoginThrottle throttle,
      SessionRevocations revocations) {
    this.em = em;
    this.clock = clock;
    this.context = context;
    this.throttle = throttle;
    this.revocations = revocations;
  }

  public Changed change(String current, String next, String repeated) {
    String username = context.getCallerPrincipal().getName();
    AppUser user = em.find(AppUser.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (user == null || !user.isEnabled()) {
      throw new AccessDeniedException("Unknown or disabled user " + username);
    }
    if (user.isSso()) {
      throw problem("currentPassword", "sso.password.none");
    }
    String address = address();
    Duration wait = throttle.admit(username, address);
    if (!wait.isZero()) {
      throw problem("currentPassword", "password.throttled", Math.max(1, wait.toSeconds()));
    }
    if (current == null
        || current.isEmpty()
        || !PasswordHasher.verify(current.toCharArray(), user.getPasswordHash())) {
      throttle.failed(username, address);
      throw problem("currentPassword", "password.current.wrong");
    }
    List<FieldProblem> problems =
        new ArrayList<>(PasswordRules.problems("newPassword", next, contextOf(user)));
    if (problems.isEmpty() && PasswordHasher.verify(next.toCharArray(), user.getPasswordHash())) {
      problems.add(FieldProblem.of("newPassword", "password.same"));
    }
    if (next != null && !next.equals(repeated)) {
      problems.add(FieldProblem.of("repeatPassword", "password.repeat.different"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    throttle.succeeded(username);
    Instant now = clock.instant();
    user.changePassword(PasswordHasher.hash(next.toCharArray()), now);
    em.persist(UserAudit.of(user, UserAudit.Action.PASSWORD_CHANGED, username, now));
    revocations.endSessionsBefore(username, now);
    return new Changed(now, user.getRole());
  }

  static List<String> contextOf(AppUser user) {
    List<String> words = new ArrayList<>();
    words.add(user.getUsername());
    words.add(user.getDisplayName());
    if (user.getEmail() != null) {
      words.add(user.getEmail().replaceAll("@.*", ""));
    }
    return words;
  }

  private static InvalidInputException problem(String field, String key, Object... arguments) {
    return new InvalidInputException(List.of(FieldProblem.of(field, key, arguments)));
  }

  private static String address() {
    RequestOrigin origin = RequestOrigin.current();
    return origin == null || origin.address() == null ? "unknown" : origin.address();
  }
}
