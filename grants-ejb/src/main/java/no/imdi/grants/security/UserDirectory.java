package no.imdi.grants.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The users who may log in: checks a username and password against the stored salted PBKDF2 hash
 * for the login, and finds the logged-in user. (Demo users are written by the demo data loader.)
 */
@Stateless
public class UserDirectory {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  /** The enabled user with this username and password, if the password matches. */
  @PermitAll
  public Optional<AppUser> authenticate(String username, char[] password) {
    AppUser user = username == null ? null : em.find(AppUser.class, username.strip());
    if (user == null || !user.isEnabled()) {
      PasswordHasher.verify(password, DUMMY_HASH);
      return Optional.empty();
    }
    return PasswordHasher.verify(password, user.getPasswordHash())
        ? Optional.of(user)
        : Optional.empty();
  }

  @PermitAll
  public Optional<AppUser> find(String username) {
    return Optional.ofNullable(em.find(AppUser.class, username));
  }

  /** Verifying against this keeps the time of a failed login the same for unknown users. */
  private static final String DUMMY_HASH = PasswordHasher.hash("unused".toCharArray());
}
