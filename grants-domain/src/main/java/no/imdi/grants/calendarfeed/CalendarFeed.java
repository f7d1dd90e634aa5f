package no.imdi.grants.calendarfeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A municipality user's deadline calendar feed (*fristkalender*): a secret URL a calendar app can
 * read without logging in. Holds the SHA-256 of the token, never the token. A feed is active until
 * it is revoked; a revoked feed stays (the audit trail names it) but answers nothing. One active
 * feed per user (a partial unique index): the service revokes the old one before it creates a new.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  @Column(name = "last_used")
  private Instant lastUsed;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CalendarFeed() {}

  private CalendarFeed(String username, String tokenHash, Instant at) {
    this.username = Objects.requireNonNull(username, "username");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** A new feed for the user with the token's hash; the token itself is not kept. */
  public static CalendarFeed create(String username, FeedToken token, Instant at) {
    return new CalendarFeed(username, token.hash(), at);
  }

  /** Revokes the feed: from now on its URL answers 404. Refused when already revoked. */
  public void revoke(String by, Instant at) {
    if (!isActive()) {
      throw new IllegalStateException("Calendar feed " + id + " is already revoked");
    }
    this.revokedAt = Objects.requireNonNull(at, "at");
    this.revokedBy = Objects.requireNonNull(by, "by");
  }

  /** Records that a calendar app read the feed. */
  public void used(Instant at) {
    this.lastUsed = at;
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Instant getLastUsed() {
    return lastUsed;
  }
}
