package no.imdi.grants.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.UserAudit.Action;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's maintenance of the users: list, create, give a new role or municipality,
 * disable and enable, and reset a password to a one-time password. Every change is audited (who,
 * when, what, the role and municipality before and after) and ends the user's sessions at their
 * next request. Two rules hold here, not only on the page: an administrator cannot change their own
 * role, disable themself or reset their own password; and the last enabled administrator can
 * neither be disabled nor lose the role. The enabled administrators are locked while a change that
 * could remove one is made, so that two administrators cannot remove each other at the same time.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;
  @Inject private SessionRevocations revocations;

  @Inject
  @ConfigProperty(name = "grants.security.oneTimePasswordHours", defaultValue = "72")
  int oneTimePasswordHours;

  public UserAdministration() {}

  UserAdministration(
      EntityManager em,
      Clock clock,
      CurrentUser currentUser,
      SessionRevocations revocations,
      int oneTimePasswordHours) {
    this.em = em;
    this.clock = clock;
    this.currentUser = currentUser;
    this.revocations = revocations;
    this.oneTimePasswordHours = oneTimePasswordHours;
  }

  public Page<AppUser> list(UserFilter filter, PageRequest<UserSort> page) {
    return UserQueries.list(em, filter, page);
  }

  public Optional<AppUser> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(AppUser.class, username));
  }

  /** The user's audit trail, newest first. */
  public List<UserAudit> history(String username) {
    return em.createQuery(
            "select a from UserAudit a where a.username = :u order by a.at desc, a.id desc",
            UserAudit.class)
        .setParameter("u", username)
        .getResultList();
  }

  /** Creates the user with a one-time password, which is returned to be shown once. */
  public OneTimePassword create(NewUserCommand command) {
    List<FieldProblem> problems = new ArrayList<>(UserValidator.problems(command));
    String username = command.username() == null ? null : command.username().strip();
    if (problems.isEmpty() && usernameTaken(username)) {
      problems.add(FieldProblem.of("username", "user.username.taken"));
    }
    problems.addAll(municipalityProblems(command.role(), command.municipalityNumber()));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String by = currentUser.user().getUsername();
    Instant now = clock.instant();
    String password = OneTimePasswords.generate();
    Instant until = now.plus(Duration.ofHours(oneTimePasswordHours));
    AppUser user =
        AppUser.withOneTimePassword(
            username,
            command.displayName().strip(),
            command.email().strip(),
            command.role(),
            blankToNull(command.municipalityNumber()),
            PasswordHasher.hash(password.toCharArray()),
            until);
    em.persist(user);
    em.persist(UserAudit.of(user, Action.CREATED, by, now));
    return new OneTimePassword(username, password, until);
  }

  /** Gives the user (as opened, at {@code version}) a new role and municipality. */
  public boolean assign(String username, long version, Role role, String municipality) {
    List<FieldProblem> problems = new ArrayList<>(UserValidator.assignment(role, municipality));
    problems.addAll(municipalityProblems(role, municipality));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String number = blankToNull(municipality);
    AppUser actor = currentUser.user();
    List<AppUser> admins = lockEnabledAdmins();
    AppUser user = opened(username, version);
    if (user.getRole() == role && Objects.equals(user.getMunicipalityNumber(), number)) {
      return false;
    }
    if (user.getRole() != role) {
      refuseLastAdmin(user, admins, "role", "user.lastAdmin.role");
      refuseSelf(actor, user, "role", "user.self.role");
    }
    Instant now = clock.instant();
    em.persist(UserAudit.assigned(user, role, number, actor.getUsername(), now));
    user.assign(role, number, now);
    revocations.endSessionsBefore(user.getUsername(), now);
    return true;
  }

  public void disable(String username, long version) {
    AppUser actor = currentUser.user();
    List<AppUser> admins = lockEnabledAdmins();
    AppUser user = opened(username, version);
    if (!user.isEnabled()) {
      return;
    }
    refuseLastAdmin(user, admins, "status", "user.lastAdmin.disable");
    refuseSelf(actor, user, "status", "user.self.disable");
    Instant now = clock.instant();
    user.disable(now);
    em.persist(UserAudit.of(user, Action.DISABLED, actor.getUsername(), now));
    revocations.endSessionsBefore(user.getUsername(), now);
  }

  public void enable(String username, long version) {
    AppUser actor = currentUser.user();
    AppUser user = opened(username, version);
    if (user.isEnabled()) {
      return;
    }
    user.enable();
    em.persist(UserAudit.of(user, Action.ENABLED, actor.getUsername(), clock.instant()));
  }

  /** Gives the user a one-time password (returned to be shown once); their sessions end. */
  public OneTimePassword resetPassword(String username, long version) {
    AppUser actor = currentUser.user();
    AppUser user = opened(username, version);
    refuseSelf(actor, user, "password", "user.self.reset");
    if (user.isSso()) {
      throw new InvalidInputException(List.of(FieldProblem.of("password", "sso.user.noPassword")));
    }
    Instant now = clock.instant();
    String password = OneTimePasswords.generate();
    Instant until = now.plus(Duration.ofHours(oneTimePasswordHours));
    user.resetPassword(PasswordHasher.hash(password.toCharArray()), until, now);
    em.persist(UserAudit.of(user, Action.PASSWORD_RESET, actor.getUsername(), now));
    revocations.endSessionsBefore(user.getUsername(), now);
    return new OneTimePassword(user.getUsername(), password, until);
  }

  /** The enabled administrators, locked in username order until the transaction ends. */
  private List<AppUser> lockEnabledAdmins() {
    return em.createQuery(
            "select u from AppUser u where u.role = :admin and u.enabled = true"
                + " order by u.username",
            AppUser.class)
        .setParameter("admin", Role.ADMIN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private AppUser opened(String username, long version) {
    AppUser user = username == null ? null : em.find(AppUser.class, username);
    if (user == null) {
      throw new InvalidInputException(List.of(FieldProblem.of("username", "user.unknown")));
    }
    em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
    if (user.getVersion() != version) {
      throw new ConcurrentChangeException(
          "User " + username + " was changed by someone else after it was opened");
    }
    return user;
  }

  private static void refuseLastAdmin(
      AppUser user, List<AppUser> enabledAdmins, String field, String key) {
    boolean removesAnAdmin = user.getRole() == Role.ADMIN && user.isEnabled();
    if (removesAnAdmin && enabledAdmins.size() <= 1) {
      throw new InvalidInputException(List.of(FieldProblem.of(field, key)));
    }
  }

  private static void refuseSelf(AppUser actor, AppUser user, String field, String key) {
    if (actor.getUsername().equals(user.getUsername())) {
      throw new InvalidInputException(List.of(FieldProblem.of(field, key)));
    }
  }

  private boolean usernameTaken(String username) {
    return em.createQuery("select count(u) from AppUser u where lower(u.username) = :u", Long.class)
            .setParameter("u", username.toLowerCase(Locale.ROOT))
            .getSingleResult()
        > 0;
  }

  private List<FieldProblem> municipalityProblems(Role role, String municipality) {
    String number = blankToNull(municipality);
    if (role == null || !role.belongsToMunicipality() || number == null) {
      return List.of();
    }
    return em.find(Municipality.class, number) == null
        ? List.of(FieldProblem.of("municipality", "municipality.unknown"))
        : List.of();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
