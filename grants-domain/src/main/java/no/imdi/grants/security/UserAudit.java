package no.imdi.grants.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited change of a user: whose account, who changed it, when, what was done, and the role
 * and municipality before and after. Written once, never changed; the users page shows a user's
 * trail, and the access-log review reads it to know the role a reader had at the time of a read.
 */
@Entity
@Table(name = "user_audit")
public class UserAudit {

  /** What was done to the account. */
  public enum Action {
    CREATED,
    /** A new role or municipality. */
    ASSIGNED,
    DISABLED,
    ENABLED,
    /** The administrator gave a one-time password. */
    PASSWORD_RESET,
    /** The user chose a new password. */
    PASSWORD_CHANGED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 32)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "old_role", length = 32)
  private Role oldRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_role", length = 32)
  private Role newRole;

  @Column(name = "old_municipality", length = 4)
  private String oldMunicipality;

  @Column(name = "new_municipality", length = 4)
  private String newMunicipality;

  protected UserAudit() {}

  private UserAudit(String username, String changedBy, Instant at, Action action) {
    this.username = Objects.requireNonNull(username);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.at = Objects.requireNonNull(at);
    this.action = Objects.requireNonNull(action);
  }

  /** A change that leaves the role and municipality as they are; both are recorded as they are. */
  public static UserAudit of(AppUser user, Action action, String changedBy, Instant at) {
    UserAudit audit = new UserAudit(user.getUsername(), changedBy, at, action);
    audit.oldRole = action == Action.CREATED ? null : user.getRole();
    audit.oldMunicipality = action == Action.CREATED ? null : user.getMunicipalityNumber();
    audit.newRole = user.getRole();
    audit.newMunicipality = user.getMunicipalityNumber();
    return audit;
  }

  /** A new role or municipality: {@code before} the change, and the new values. */
  public static UserAudit assigned(
      AppUser before, Role newRole, String newMunicipality, String changedBy, Instant at) {
    UserAudit audit = new UserAudit(before.getUsername(), changedBy, at, Action.ASSIGNED);
    audit.oldRole = before.getRole();
    audit.oldMunicipality = before.getMunicipalityNumber();
    audit.newRole = newRole;
    audit.newMunicipality = newMunicipality;
    return audit;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getAt() {
    return at;
  }

  public Action getAction() {
    return action;
  }

  public Role getOldRole() {
    return oldRole;
  }

  public Role getNewRole() {
    return newRole;
  }

  public String getOldMunicipality() {
    return oldMunicipality;
  }

  public String getNewMunicipality() {
    return newMunicipality;
  }
}
