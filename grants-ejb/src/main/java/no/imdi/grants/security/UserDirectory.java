package no.imdi.grants.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The users who may log in: checks a username and password against the stored salted PBKDF2 hash
 * for the login, and finds the logged-in user. A disabled user cannot log in, nor one whose
 * one-time password has run out (the administrator gives a new one), nor by password a user of the
 * identity provider (single sign-on), who has none here. (Demo users are written by the demo data
 * loader.)
 */
@Stateless
public class UserDirectory {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;

  /** The enabled user with this username and password, if the password matches. */
  @PermitAll
  public Optional<AppUser> authenticate(String username, char[] password) {
    AppUser user = username == null ? null : em.find(AppUser.class, username.strip());
    if (user == null || !user.isEnabled() || user.isSso()) {
      PasswordHasher.verify(password, DUMMY_HASH);
      return Optional.empty();
    }
    boolean matches = PasswordHasher.verify(password, user.getPasswordHash());
    return matches && !user.oneTimePasswordExpired(clock.instant())
        ? Optional.of(user)
        : Optional.empty();
  }

  @PermitAll
  public Optional<AppUser> find(String username) {
    return Optional.ofNullable(em.find(AppUser.class, username));
  }

  /** Whether the user logged in with a one-time password, which must be changed first. */
  @PermitAll
  public boolean passwordChangeRequired(String username) {
    return find(username).map(AppUser::isMustChangePassword).orElse(false);
  }

  /** Verifying against this keeps the time of a failed login the same for unknown users. */
  private static final String DUMMY_HASH = PasswordHasher.hash("unused".toCharArray());
}
