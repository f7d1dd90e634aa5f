package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.security.UserAudit.Action;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's change of their own password against PostgreSQL: the current password first, the rules
 * of {@link PasswordPolicy} for the new one, and the other sessions ended.
 */
class PasswordChangeTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
  static final String NEW = "blåbærsyltetøy på brødskiva";

  private TestPersistence db;
  private final SessionRevocations revocations = new SessionRevocations();
  private final CountingThrottle throttle = new CountingThrottle();

  @BeforeEach
  void database() {
    db = new TestPersistence();
    Users.add(db.dataSource(), "kari.nordmann", Role.MUNICIPALITY_CASEWORKER, "0301");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theNewPasswordIsStoredAuditedAndEndsTheOtherSessionsButNotThisOne() {
    PasswordChange.Changed changed = change(Users.PASSWORD, NEW, NEW);

    AppUser kari = user();
    assertThat(PasswordHasher.verify(NEW.toCharArray(), kari.getPasswordHash())).isTrue();
    assertThat(PasswordHasher.verify(Users.PASSWORD.toCharArray(), kari.getPasswordHash()))
        .isFalse();
    assertThat(changed.sessionFrom()).isEqualTo(NOW);
    assertThat(changed.role()).isEqualTo(Role.MUNICIPALITY_CASEWORKER);
    assertThat(revocations.ended("kari.nordmann", NOW.minusSeconds(1))).isTrue();
    assertThat(revocations.ended("kari.nordmann", changed.sessionFrom())).isFalse();
    assertThat(throttle.succeeded).containsExactly("kari.nordmann");
    assertThat(
            db.count(
                "select count(*) from user_audit where username = 'kari.nordmann'"
                    + " and action = '"
                    + Action.PASSWORD_CHANGED
                    + "' and changed_by = 'kari.nordmann'"))
        .isEqualTo(1);
  }

  @Test
  void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
    assertThat(problems("feil passord", NEW, NEW))
        .containsExactly(FieldProblem.of("currentPassword", "password.current.wrong"));
    assertThat(throttle.failed).containsExactly("kari.nordmann");
    assertThat(PasswordHasher.verify(Users.PASSWORD.toCharArray(), user().getPasswordHash()))
        .isTrue();
  }

  @Test
  void aThrottledAccountMustWaitEvenWithTheRightPassword() {
    throttle.wait = Duration.ofSeconds(4);
    assertThat(problems(Users.PASSWORD, NEW, NEW))
        .containsExactly(FieldProblem.of("currentPassword", "password.throttled", 4L));
  }

  @Test
  void theNewPasswordMustFollowTheRulesBeRepeatedAndDifferFromTheCurrentOne() {
    assertThat(problems(Users.PASSWORD, "kort", "kort"))
        .containsExactly(FieldProblem.of("newPassword", "password.tooShort", 12));
    assertThat(problems(Users.PASSWORD, "Passord12345", "Passord12345"))
        .containsExactly(FieldProblem.of("newPassword", "password.common"));
    assertThat(problems(Users.PASSWORD, "KariNordmann2026", "KariNordmann2026"))
        .containsExactly(FieldProblem.of("newPassword", "password.context"));
    assertThat(problems(Users.PASSWORD, NEW, NEW + " "))
        .containsExactly(FieldProblem.of("repeatPassword", "password.repeat.different"));
    assertThat(problems(Users.PASSWORD, Users.PASSWORD, Users.PASSWORD))
        .containsExactly(FieldProblem.of("newPassword", "password.same"));
    assertThat(problems(Users.PASSWORD, "x".repeat(129), "x".repeat(129)))
        .containsExactly(FieldProblem.of("newPassword", "password.tooLong", 128));
    assertThat(db.count("select count(*) from user_audit")).isZero();
  }

  @Test
  void changingAOneTimePasswordLiftsTheMustChangeFlag() {
    db.run(
        em ->
            em.find(AppUser.class, "kari.nordmann")
                .resetPassword(
                    PasswordHasher.hash("abcd-efgh-jkmn-pqrs".toCharArray()),
                    NOW.plusSeconds(3600),
                    NOW.minusSeconds(600)));
    assertThat(user().isMustChangePassword()).isTrue();

    change("abcd-efgh-jkmn-pqrs", NEW, NEW);

    assertThat(user().isMustChangePassword()).isFalse();
    assertThat(user().getOneTimePasswordUntil()).isNull();
  }

  @Test
  void aDisabledUserCannotChangeThePassword() {
    db.run(em -> em.find(AppUser.class, "kari.nordmann").disable(NOW.minusSeconds(5)));
    assertThatThrownBy(() -> change(Users.PASSWORD, NEW, NEW))
        .isInstanceOf(AccessDeniedException.class);
  }

  private List<FieldProblem> problems(String current, String next, String repeated) {
    try {
      change(current, next, repeated);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("accepted");
  }

  private PasswordChange.Changed change(String current, String next, String repeated) {
    return db.inTransaction(
        em ->
            new PasswordChange(
                    em,
                    Clock.fixed(NOW, ZoneId.of("Europe/Oslo")),
                    Callers.as("kari.nordmann"),
                    throttle,
                    revocations)
                .change(current, next, repeated));
  }

  private AppUser user() {
    return db.inTransaction(em -> em.find(AppUser.class, "kari.nordmann"));
  }

  /** A throttle that waits as told and remembers what it was told. */
  static class CountingThrottle extends LoginThrottle {
    Duration wait = Duration.ZERO;
    final List<String> failed = new ArrayList<>();
    final List<String> succeeded = new ArrayList<>();

    @Override
    public Duration admit(String username, String address) {
      return wait;
    }

    @Override
    public void failed(String username, String address) {
      failed.add(username);
    }

    @Override
    public void succeeded(String username) {
      succeeded.add(username);
    }
  }
}
