package no.imdi.grants.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A person who logs in: a username, a salted PBKDF2 password hash, one role, and for the
 * municipality roles the one municipality the user belongs to and may see.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private Role role;

  @Column(name = "municipality_number", length = 4)
  private String municipalityNumber;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

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
    if (role.belongsToMunicipality() == (municipalityNumber == null)) {
      throw new IllegalArgumentException(
          "A municipality user belongs to exactly one municipality; other users to none");
    }
    this.municipalityNumber = municipalityNumber;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void disable() {
    enabled = false;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
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
}
