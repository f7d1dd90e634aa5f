package no.imdi.grants.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.SessionRevocations;
import no.imdi.grants.security.UserAudit;
import no.imdi.grants.security.UserAudit.Action;
import no.imdi.grants.security.Users;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users of the identity provider against PostgreSQL: created at the first login without a password
 * and audited, brought up to date from the claims later (a new role audited and ending older
 * sessions), and refused, with a security log entry and no row, when a role or municipality is
 * missing or unknown, when the user is disabled, or when the username is a local account's.
 */
class SingleSignOnUsersTest {

  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final String ISSUER = "https://idp.example/realms/tilskudd";

  private TestPersistence db;
  private SessionRevocations revocations;
  private final List<String> logged = new ArrayList<>();

  @BeforeEach
  void database() {
    db = new TestPersistence();
    revocations = new SessionRevocations();
    Users.add(db.dataSource(), "kari", Role.MUNICIPALITY_CASEWORKER, "0301");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theFirstLoginCreatesAnSsoUserWithoutAPasswordAndAuditsIt() {
    SingleSignOnUsers.Outcome outcome =
        signIn(identity("s-1", "Ola.Oslo", List.of("MUNICIPALITY_CASEWORKER"), "0301"), NOW);
    assertThat(outcome.refused()).isFalse();
    assertThat(outcome.username()).isEqualTo("ola.oslo");
    AppUser ola = user("ola.oslo");
    assertThat(ola.isSso()).isTrue();
    assertThat(ola.getPasswordHash()).isNull();
    assertThat(ola.getMunicipalityNumber()).isEqualTo("0301");
    assertThat(ola.getDisplayName()).isEqualTo("Ola Oslo");
    assertThat(history("ola.oslo"))
        .extracting(UserAudit::getAction, UserAudit::getChangedBy, UserAudit::getNewRole)
        .containsExactly(tuple(Action.CREATED, "sso", Role.MUNICIPALITY_CASEWORKER));
  }

  @Test
  void aLaterLoginTakesTheNewRoleFromTheClaimsAuditsItAndEndsOlderSessions() {
    signIn(identity("s-2", "ola", List.of("MUNICIPALITY_CASEWORKER"), "0301"), NOW);
    Instant later = NOW.plusSeconds(3600);
    SingleSignOnUsers.Outcome outcome =
        signIn(identity("s-2", "ola", List.of("IMDI_CASEWORKER"), null), later);
    assertThat(outcome.role()).isEqualTo(Role.IMDI_CASEWORKER);
    assertThat(user("ola").getMunicipalityNumber()).isNull();
    assertThat(history("ola"))
        .extracting(UserAudit::getAction, UserAudit::getOldRole, UserAudit::getNewRole)
        .containsExactly(
            tuple(Action.ASSIGNED, Role.MUNICIPALITY_CASEWORKER, Role.IMDI_CASEWORKER),
            tuple(Action.CREATED, null, Role.MUNICIPALITY_CASEWORKER));
    assertThat(revocations.ended("ola", NOW)).isTrue();
    assertThat(revocations.ended("ola", later)).as("the new session").isFalse();
    assertThat(db.count("select count(*) from app_user where sso_subject = 's-2'")).isEqualTo(1);
  }

  @Test
  void refusalsCreateNoUserAndAreLogged() {
    assertThat(
            signIn(identity("s-3", "nina", List.of("MUNICIPALITY_CASEWORKER"), null), NOW)
                .refusal())
        .isEqualTo(SsoRefusal.NO_MUNICIPALITY);
    assertThat(
            signIn(identity("s-3", "nina", List.of("MUNICIPALITY_CASEWORKER"), "9999"), NOW)
                .refusal())
        .isEqualTo(SsoRefusal.UNKNOWN_MUNICIPALITY);
    assertThat(signIn(identity("s-3", "nina", List.of("offline_access"), null), NOW).refusal())
        .isEqualTo(SsoRefusal.NO_ROLE);
    assertThat(signIn(identity("s-4", "KARI", List.of("ADMIN"), null), NOW).refusal())
        .as("a local account's username")
        .isEqualTo(SsoRefusal.USERNAME_TAKEN);
    assertThat(db.count("select count(*) from app_user where sso_subject is not null")).isZero();
    assertThat(user("kari").isSso()).isFalse();
    assertThat(logged)
        .containsExactly(
            "LOGIN_FAILED nina NO_MUNICIPALITY",
            "LOGIN_FAILED nina UNKNOWN_MUNICIPALITY",
            "LOGIN_FAILED nina NO_ROLE",
            "LOGIN_FAILED kari USERNAME_TAKEN");
  }

  @Test
  void aDisabledSsoUserIsRefused() {
    signIn(identity("s-5", "per", List.of("MINISTRY"), null), NOW);
    db.run(em -> em.find(AppUser.class, "per").disable(NOW));
    assertThat(
            signIn(identity("s-5", "per", List.of("MINISTRY"), null), NOW.plusSeconds(5)).refusal())
        .isEqualTo(SsoRefusal.DISABLED);
  }

  private SingleSignOnUsers.Outcome signIn(SsoIdentity identity, Instant at) {
    SecurityLog log =
        new SecurityLog() {
          @Override
          public void recordFor(
              Kind kind, String username, String source, String target, String detail) {
            String reason = detail.replaceAll(".*\\((\\w+)\\).*", "$1");
            logged.add(kind + " " + username + " " + reason);
          }
        };
    return db.inTransaction(
        em ->
            new SingleSignOnUsers(em, Clock.fixed(at, ZoneId.of("Europe/Oslo")), revocations, log)
                .signIn(identity, "127.0.0.1"));
  }

  private static SsoIdentity identity(
      String subject, String username, List<String> roles, String municipality) {
    return new SsoIdentity(
        ISSUER, subject, username, "Ola Oslo", username + "@example.org", roles, municipality);
  }

  private AppUser user(String username) {
    return db.inTransaction(em -> em.find(AppUser.class, username));
  }

  private List<UserAudit> history(String username) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "select a from UserAudit a where a.username = :u order by a.at desc, a.id desc",
                    UserAudit.class)
                .setParameter("u", username)
                .getResultList());
  }
}
