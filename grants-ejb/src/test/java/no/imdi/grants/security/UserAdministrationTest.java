package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.security.UserAudit.Action;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administration of users against PostgreSQL: the rules that hold in the service (no change of
 * one's own role, no disabling of oneself, never without an enabled administrator), every change
 * audited with the role and municipality before and after, and the sessions of a changed user
 * ended.
 */
class UserAdministrationTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
  static final Instant BEFORE = NOW.minusSeconds(60);

  private TestPersistence db;
  private SessionRevocations revocations;

  @BeforeEach
  void database() {
    db = new TestPersistence();
    revocations = new SessionRevocations();
    Users.add(db.dataSource(), "eva", Role.ADMIN, null);
    Users.add(db.dataSource(), "kari", Role.MUNICIPALITY_CASEWORKER, "0301");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aNewUserGetsAOneTimePasswordToChangeAtTheFirstLoginAndTheCreationIsAudited() {
    OneTimePassword otp =
        as(
            "eva",
            a ->
                a.create(
                    new NewUserCommand(
                        " per.berg ",
                        "Per Berg",
                        "per@bergen.kommune.no",
                        Role.MUNICIPALITY_FINANCE,
                        "4601")));

    assertThat(otp.username()).isEqualTo("per.berg");
    assertThat(otp.validUntil()).isEqualTo(NOW.plus(Duration.ofHours(72)));
    AppUser per = user("per.berg");
    assertThat(per.isMustChangePassword()).isTrue();
    assertThat(per.isEnabled()).isTrue();
    assertThat(per.getEmail()).isEqualTo("per@bergen.kommune.no");
    assertThat(PasswordHasher.verify(otp.password().toCharArray(), per.getPasswordHash())).isTrue();
    assertThat(per.oneTimePasswordExpired(otp.validUntil())).isFalse();
    assertThat(per.oneTimePasswordExpired(otp.validUntil().plusSeconds(1))).isTrue();
    assertThat(history("per.berg"))
        .extracting(
            UserAudit::getAction,
            UserAudit::getChangedBy,
            UserAudit::getAt,
            UserAudit::getOldRole,
            UserAudit::getNewRole,
            UserAudit::getNewMunicipality)
        .containsExactly(
            tuple(Action.CREATED, "eva", NOW, null, Role.MUNICIPALITY_FINANCE, "4601"));
  }

  @Test
  void aNewUserNeedsAGoodUsernameAnEmailAndAMunicipalityExactlyForTheMunicipalityRoles() {
    assertThat(problems(new NewUserCommand("Kari", "", "kari", Role.IMDI_CASEWORKER, "0301")))
        .containsExactlyInAnyOrder(
            FieldProblem.of("username", "user.username.invalid"),
            FieldProblem.of("displayName", "required"),
            FieldProblem.of("email", "user.email.invalid"),
            FieldProblem.of("municipality", "user.municipality.notForRole"));
    assertThat(
            problems(new NewUserCommand("ny", "Ny", "ny@x.no", Role.MUNICIPALITY_CASEWORKER, null)))
        .containsExactly(FieldProblem.of("municipality", "user.municipality.required"));
    assertThat(
            problems(
                new NewUserCommand("ny", "Ny", "ny@x.no", Role.MUNICIPALITY_CASEWORKER, "9999")))
        .containsExactly(FieldProblem.of("municipality", "municipality.unknown"));
    assertThat(problems(new NewUserCommand("kari", "Kari", "k@x.no", Role.MINISTRY, null)))
        .containsExactly(FieldProblem.of("username", "user.username.taken"));
    assertThat(problems(new NewUserCommand("ny", "Ny", "ny@x.no", null, null)))
        .containsExactly(FieldProblem.of("role", "user.role.required"));
    assertThat(db.count("select count(*) from user_audit")).isZero();
  }

  @Test
  void aNewRoleOrMunicipalityIsAuditedWithOldAndNewValuesAndEndsTheUsersSessions() {
    boolean changed =
        as("eva", a -> a.assign("kari", version("kari"), Role.MUNICIPALITY_CASEWORKER, "4601"));

    assertThat(changed).isTrue();
    assertThat(user("kari").getMunicipalityNumber()).isEqualTo("4601");
    assertThat(revocations.ended("kari", BEFORE)).isTrue();
    assertThat(revocations.ended("kari", NOW)).isFalse();
    as("eva", a -> a.assign("kari", version("kari"), Role.IMDI_CASEWORKER, null));
    assertThat(history("kari"))
        .extracting(
            UserAudit::getAction,
            UserAudit::getOldRole,
            UserAudit::getOldMunicipality,
            UserAudit::getNewRole,
            UserAudit::getNewMunicipality)
        .containsExactly(
            tuple(
                Action.ASSIGNED, Role.MUNICIPALITY_CASEWORKER, "4601", Role.IMDI_CASEWORKER, null),
            tuple(
                Action.ASSIGNED,
                Role.MUNICIPALITY_CASEWORKER,
                "0301",
                Role.MUNICIPALITY_CASEWORKER,
                "4601"));
    boolean again = as("eva", a -> a.assign("kari", version("kari"), Role.IMDI_CASEWORKER, " "));
    assertThat(again).isFalse();
    assertThat(history("kari")).hasSize(2);
  }

  @Test
  void anAdministratorCannotChangeTheirOwnRoleDisableThemselfOrResetTheirOwnPassword() {
    Users.add(db.dataSource(), "ola", Role.ADMIN, null);

    assertThat(refusal("eva", a -> a.assign("eva", version("eva"), Role.IMDI_APPROVER, null)))
        .isEqualTo(FieldProblem.of("role", "user.self.role"));
    assertThat(refusal("eva", a -> run(() -> a.disable("eva", version("eva")))))
        .isEqualTo(FieldProblem.of("status", "user.self.disable"));
    assertThat(refusal("eva", a -> a.resetPassword("eva", version("eva"))))
        .isEqualTo(FieldProblem.of("password", "user.self.reset"));
    assertThat(user("eva").getRole()).isEqualTo(Role.ADMIN);
    assertThat(user("eva").isEnabled()).isTrue();
    assertThat(history("eva")).isEmpty();
  }

  @Test
  void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
    Users.add(db.dataSource(), "ola", Role.ADMIN, null);
    Users.add(db.dataSource(), "gammel", Role.ADMIN, null, false);
    as("eva", a -> run(() -> a.disable("ola", version("ola"))));

    assertThat(refusal("eva", a -> run(() -> a.disable("eva", version("eva")))))
        .isEqualTo(FieldProblem.of("status", "user.lastAdmin.disable"));
    assertThat(refusal("eva", a -> a.assign("eva", version("eva"), Role.MINISTRY, null)))
        .isEqualTo(FieldProblem.of("role", "user.lastAdmin.role"));
    assertThat(user("eva").isEnabled()).isTrue();
    assertThat(user("eva").getRole()).isEqualTo(Role.ADMIN);
    // a disabled administrator does not count, and may lose the role
    boolean demoted = as("eva", a -> a.assign("gammel", version("gammel"), Role.MINISTRY, null));
    assertThat(demoted).isTrue();
  }

  @Test
  void aDisabledAdministratorCanChangeNothingEvenWithASessionLeft() {
    Users.add(db.dataSource(), "ola", Role.ADMIN, null);
    as("eva", a -> run(() -> a.disable("ola", version("ola"))));

    assertThatThrownBy(() -> as("ola", a -> run(() -> a.disable("eva", version("eva")))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(user("eva").isEnabled()).isTrue();
  }

  @Test
  void twoAdministratorsDisablingEachOtherAtTheSameTimeLeaveOneEnabled() throws Exception {
    Users.add(db.dataSource(), "ola", Role.ADMIN, null);
    var first = db.entityManager();
    first.getTransaction().begin();
    admin(first, "eva").disable("ola", version("ola"));
    var second =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                db.run(em -> admin(em, "ola").disable("eva", version("eva")));
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    Thread.sleep(500);
    assertThat(second).as("waits for the enabled administrators' lock").isNotDone();
    first.getTransaction().commit();
    first.close();

    RuntimeException refused = second.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(refused).isNotNull();
    assertThat(user("eva").isEnabled()).isTrue();
    assertThat(user("ola").isEnabled()).isFalse();
    assertThat(db.count("select count(*) from app_user where role = 'ADMIN' and enabled"))
        .isEqualTo(1);
  }

  @Test
  void disablingAndEnablingAreAuditedAndDisablingEndsTheSessions() {
    as("eva", a -> run(() -> a.disable("kari", version("kari"))));

    assertThat(user("kari").isEnabled()).isFalse();
    assertThat(user("kari").getSessionsValidFrom()).isEqualTo(NOW);
    assertThat(revocations.ended("kari", BEFORE)).isTrue();
    as("eva", a -> run(() -> a.enable("kari", version("kari"))));
    assertThat(user("kari").isEnabled()).isTrue();
    assertThat(history("kari"))
        .extracting(UserAudit::getAction, UserAudit::getNewRole, UserAudit::getNewMunicipality)
        .containsExactly(
            tuple(Action.ENABLED, Role.MUNICIPALITY_CASEWORKER, "0301"),
            tuple(Action.DISABLED, Role.MUNICIPALITY_CASEWORKER, "0301"));
  }

  @Test
  void aResetGivesAOneTimePasswordEndsTheSessionsAndIsAudited() {
    OneTimePassword otp = as("eva", a -> a.resetPassword("kari", version("kari")));

    AppUser kari = user("kari");
    assertThat(PasswordHasher.verify(otp.password().toCharArray(), kari.getPasswordHash()))
        .isTrue();
    assertThat(PasswordHasher.verify(Users.PASSWORD.toCharArray(), kari.getPasswordHash()))
        .isFalse();
    assertThat(kari.isMustChangePassword()).isTrue();
    assertThat(kari.getOneTimePasswordUntil()).isEqualTo(NOW.plus(Duration.ofHours(72)));
    assertThat(revocations.ended("kari", BEFORE)).isTrue();
    assertThat(history("kari"))
        .extracting(UserAudit::getAction)
        .containsExactly(Action.PASSWORD_RESET);
  }

  @Test
  void aChangeOfAUserSomeoneElseChangedSinceItWasOpenedIsRefused() {
    long opened = version("kari");
    as("eva", a -> a.assign("kari", opened, Role.MUNICIPALITY_CASEWORKER, "4601"));

    assertThatThrownBy(() -> as("eva", a -> run(() -> a.disable("kari", opened))))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(user("kari").isEnabled()).isTrue();
  }

  @Test
  void theListIsFilteredByRoleMunicipalityAndStatusAndPagedInTheDatabase() {
    Users.add(db.dataSource(), "kommune.bergen", Role.MUNICIPALITY_CASEWORKER, "4601");
    Users.add(db.dataSource(), "okonomi.oslo", Role.MUNICIPALITY_FINANCE, "0301");
    Users.add(db.dataSource(), "sluttet.oslo", Role.MUNICIPALITY_CASEWORKER, "0301", false);

    assertThat(list(new UserFilter(Role.MUNICIPALITY_CASEWORKER, null, null, null)))
        .containsExactly("kari", "kommune.bergen", "sluttet.oslo");
    assertThat(list(new UserFilter(null, "0301", true, null)))
        .containsExactly("kari", "okonomi.oslo");
    assertThat(list(new UserFilter(null, null, false, null))).containsExactly("sluttet.oslo");
    assertThat(list(new UserFilter(null, null, null, "OSLO")))
        .containsExactly("okonomi.oslo", "sluttet.oslo");
    Page<AppUser> page =
        as("eva", a -> a.list(UserFilter.NONE, new PageRequest<>(1, 2, UserSort.USERNAME, true)));
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.rows())
        .extracting(AppUser::getUsername)
        .containsExactly("kari", "kommune.bergen");
  }

  private List<String> list(UserFilter filter) {
    return as("eva", a -> a.list(filter, new PageRequest<>(0, 50, UserSort.USERNAME, true)))
        .rows()
        .stream()
        .map(AppUser::getUsername)
        .toList();
  }

  private List<FieldProblem> problems(NewUserCommand command) {
    try {
      as("eva", a -> a.create(command));
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("accepted " + command);
  }

  private FieldProblem refusal(String user, Function<UserAdministration, ?> work) {
    try {
      as(user, work);
    } catch (InvalidInputException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("not refused");
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }

  private AppUser user(String username) {
    return db.inTransaction(em -> em.find(AppUser.class, username));
  }

  private long version(String username) {
    return user(username).getVersion();
  }

  private List<UserAudit> history(String username) {
    return as("eva", a -> a.history(username));
  }

  private <T> T as(String user, Function<UserAdministration, T> work) {
    return db.inTransaction(em -> work.apply(admin(em, user)));
  }

  private UserAdministration admin(jakarta.persistence.EntityManager em, String user) {
    return new UserAdministration(
        em,
        Clock.fixed(NOW, ZoneId.of("Europe/Oslo")),
        new CurrentUser(Callers.as(user), em),
        revocations,
        72);
  }
}
