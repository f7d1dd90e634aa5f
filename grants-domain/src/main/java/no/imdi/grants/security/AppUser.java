package no.imdi.grants.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who logs in: a username, a salted PBKDF2 password hash, one role, and for the
 * municipality roles the one municipality the user belongs to and may see. An administrator
 * creates, assigns, disables and re-enables users and resets their passwords; a reset gives a
 * one-time password that the user must change at the next login, before anything else. Every change
 * that should end the user's sessions (disabled, new role or municipality, new password) moves
 * {@code sessionsValidFrom}: a session that began before it is over. A user of the organisation's
 * identity provider (single sign-on) has no password here: the provider's issuer and subject name
 * them, and their role and municipality come from the provider at every login.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private Role role;

  @Column(name = "municipality_number", length = 4)
  private String municipalityNumber;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "one_time_password_until")
  private Instant oneTimePasswordUntil;

  @Column(name = "sessions_valid_from")
  private Instant sessionsValidFrom;

  @Column(name = "sso_issuer", length = 255)
  private String ssoIssuer;

  @Column(name = "sso_subject", length = 255)
  private String ssoSubject;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AppUser() {}

  public AppUser(
      String username,
      String displayName,
      String passwordHash,
      Role role,
      String municipalityNumber) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = Objects.requireNonNull(role);
    this.municipalityNumber = checked(role, municipalityNumber);
  }

  /** A new user who logs in first with a one-time password, valid until the given time. */
  public static AppUser withOneTimePassword(
      String username,
      String displayName,
      String email,
      Role role,
      String municipalityNumber,
      String oneTimeHash,
      Instant validUntil) {
    AppUser user = new AppUser(username, displayName, oneTimeHash, role, municipalityNumber);
    user.email = email;
    user.mustChangePassword = true;
    user.oneTimePasswordUntil = Objects.requireNonNull(validUntil);
    return user;
  }

  /**
   * A user who logs in through the organisation's identity provider ({@code issuer}), known there
   * as {@code subject}: no local password; the role and municipality come from the provider.
   */
  public static AppUser fromSso(
      String username,
      String displayName,
      String email,
      Role role,
      String municipalityNumber,
      String issuer,
      String subject) {
    AppUser user = new AppUser();
    user.username = Objects.requireNonNull(username);
    user.displayName = Objects.requireNonNull(displayName);
    user.email = email;
    user.role = Objects.requireNonNull(role);
    user.municipalityNumber = checked(role, municipalityNumber);
    user.ssoIssuer = Objects.requireNonNull(issuer);
    user.ssoSubject = Objects.requireNonNull(subject);
    return user;
  }

  /** Whether the user logs in through the identity provider (and has no local password). */
  public boolean isSso() {
    return ssoSubject != null;
  }

  /** Whether this is the provider's user {@code subject} of {@code issuer}. */
  public boolean isSsoIdentity(String issuer, String subject) {
    return isSso() && ssoIssuer.equals(issuer) && ssoSubject.equals(subject);
  }

  /** The name and e-mail as the identity provider gave them at the latest login. */
  public void updateFromSso(String newDisplayName, String newEmail) {
    requireSso();
    this.displayName = Objects.requireNonNull(newDisplayName);
    this.email = newEmail;
  }

  private void requireSso() {
    if (!isSso()) {
      throw new IllegalStateException("Not a user of the identity provider: " + username);
    }
  }

  private void requireLocal() {
    if (isSso()) {
      throw new IllegalStateException("A user of the identity provider has no password here");
    }
  }

  private static String checked(Role role, String municipalityNumber) {
    if (role.belongsToMunicipality() == (municipalityNumber == null)) {
      throw new IllegalArgumentException(
          "A municipality user belongs to exactly one municipality; other users to none");
    }
    return municipalityNumber;
  }

  /** A new role and municipality; the user's sessions end (they carry the old role). */
  public void assign(Role newRole, String newMunicipality, Instant at) {
    this.municipalityNumber = checked(Objects.requireNonNull(newRole), newMunicipality);
    this.role = newRole;
    endSessions(at);
  }

  public void disable(Instant at) {
    enabled = false;
    endSessions(at);
  }

  public void enable() {
    enabled = true;
  }

  /** The administrator's reset: a one-time password, to be changed at the next login. */
  public void resetPassword(String oneTimeHash, Instant validUntil, Instant at) {
    requireLocal();
    this.passwordHash = Objects.requireNonNull(oneTimeHash);
    this.mustChangePassword = true;
    this.oneTimePasswordUntil = Objects.requireNonNull(validUntil);
    endSessions(at);
  }

  /** The user's own new password; their other sessions end. */
  public void changePassword(String newHash, Instant at) {
    requireLocal();
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = false;
    this.oneTimePasswordUntil = null;
    endSessions(at);
  }

  private void endSessions(Instant at) {
    if (sessionsValidFrom == null || at.isAfter(sessionsValidFrom)) {
      sessionsValidFrom = at;
    }
  }

  /** Whether the one-time password (if that is what the user has) has run out at {@code now}. */
  public boolean oneTimePasswordExpired(Instant now) {
    return mustChangePassword && oneTimePasswordUntil != null && now.isAfter(oneTimePasswordUntil);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public String getMunicipalityNumber() {
    return municipalityNumber;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public Instant getOneTimePasswordUntil() {
    return oneTimePasswordUntil;
  }

  public Instant getSessionsValidFrom() {
    return sessionsValidFrom;
  }

  public String getSsoIssuer() {
    return ssoIssuer;
  }

  public String getSsoSubject() {
    return ssoSubject;
  }

  public long getVersion() {
    return version;
  }
}
