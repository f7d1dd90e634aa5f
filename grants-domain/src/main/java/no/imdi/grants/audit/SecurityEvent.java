package no.imdi.grants.audit;

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
 * One event of the security log that IMDi reviews: a refused attempt to read or change what the
 * caller may not, a lookup of a national id registered in another municipality, a failed or
 * throttled login, a session ended by a change of its user, a review of the access log. Who (the
 * username, or none before login), from where (the client address), what was asked (the target) and
 * a short detail. Kept apart from the access log of allowed reads, never changed.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  /** What happened. */
  public enum Kind {
    /** A read or change refused by role or municipality scope. */
    REFUSED,
    /** A national id looked up that is registered outside the caller's municipality. */
    NATIONAL_ID_LOOKUP,
    /** Too many such lookups: the lookup was refused. */
    LOOKUP_LIMITED,
    /** A wrong username or password. */
    LOGIN_FAILED,
    /** A login attempt refused because of earlier failures (delay or lockout). */
    LOGIN_THROTTLED,
    /** A session ended because its user was disabled or changed after logging in. */
    SESSION_ENDED,
    /** A search or an export of the access log (the review of who read whom). */
    ACCESS_LOG_REVIEW
  }

  static final int TARGET_LENGTH = 255;
  static final int DETAIL_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private Kind kind;

  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "source", length = 64)
  private String source;

  @Column(name = "target", nullable = false, length = TARGET_LENGTH)
  private String target;

  @Column(name = "detail", nullable = false, length = DETAIL_LENGTH)
  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(
      Instant occurredAt, Kind kind, String username, String source, String target, String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.kind = Objects.requireNonNull(kind);
    this.username = clip(username, 64);
    this.source = clip(source, 64);
    this.target = clip(Objects.requireNonNull(target), TARGET_LENGTH);
    this.detail = clip(Objects.requireNonNull(detail), DETAIL_LENGTH);
  }

  /** Cuts a value to its column and removes control characters (NUL cannot be stored). */
  static String clip(String value, int length) {
    if (value == null) {
      return null;
    }
    String clean = value.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= length ? clean : clean.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Kind getKind() {
    return kind;
  }

  public String getUsername() {
    return username;
  }

  public String getSource() {
    return source;
  }

  public String getTarget() {
    return target;
  }

  public String getDetail() {
    return detail;
  }
}
