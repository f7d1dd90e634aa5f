package no.imdi.grants.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited change of a [verify] setting: which setting, by whom, when, and its value and
 * verified flag before and after. A setting is changed in place, so this is where its old values
 * stay on record; rows are written once and never changed.
 */
@Entity
@Table(name = "setting_audit")
public class SettingAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "setting_key", nullable = false, length = 64)
  private String key;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "old_value", nullable = false)
  private String oldValue;

  @Column(name = "new_value", nullable = false)
  private String newValue;

  @Column(name = "old_verified", nullable = false)
  private boolean oldVerified;

  @Column(name = "new_verified", nullable = false)
  private boolean newVerified;

  @Column(name = "reason", length = 1000)
  private String reason;

  protected SettingAudit() {}

  /** Records the change of {@code before} (as it was) to the given new value and flag. */
  public SettingAudit(
      Setting before,
      String newValue,
      boolean newVerified,
      String username,
      Instant at,
      String reason) {
    this.reason = reason;
    this.key = before.getKey();
    this.oldValue = before.getValue();
    this.oldVerified = before.isVerified();
    this.newValue = Objects.requireNonNull(newValue);
    this.newVerified = newVerified;
    this.username = Objects.requireNonNull(username);
    this.at = Objects.requireNonNull(at);
  }

  public Long getId() {
    return id;
  }

  public String getReason() {
    return reason;
  }

  public String getKey() {
    return key;
  }

  public String getUsername() {
    return username;
  }

  public Instant getAt() {
    return at;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public boolean isOldVerified() {
    return oldVerified;
  }

  public boolean isNewVerified() {
    return newVerified;
  }
}
