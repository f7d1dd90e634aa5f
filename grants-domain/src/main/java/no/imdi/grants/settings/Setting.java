package no.imdi.grants.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A setting for a fact the rule book marks [verify] (the family-of-humanitarian period of R-IG-2,
 * the move split of R-IG-6, the complaint deadline roll-forward of R-AP-3): kept as data, shown as
 * unverified until an administrator confirms it.
 */
@Entity
@Table(name = "setting")
public class Setting {

  @Id
  @Column(name = "key", length = 64)
  private String key;

  @Column(name = "value", nullable = false)
  private String value;

  @Column(name = "verified", nullable = false)
  private boolean verified;

  @Column(name = "source", nullable = false, length = 1000)
  private String source;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Setting() {}

  public void change(String value, boolean verified, Instant at, String by) {
    this.value = Objects.requireNonNull(value);
    this.verified = verified;
    this.updatedAt = Objects.requireNonNull(at);
    this.updatedBy = Objects.requireNonNull(by);
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getSource() {
    return source;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
