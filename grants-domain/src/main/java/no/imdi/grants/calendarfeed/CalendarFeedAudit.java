package no.imdi.grants.calendarfeed;

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

/** One audited creation or revocation of a calendar feed. Written once, never changed. */
@Entity
@Table(name = "calendar_feed_audit")
public class CalendarFeedAudit {

  /** What was done to the feed. */
  public enum Action {
    CREATED,
    REVOKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "feed_id", nullable = false, updatable = false)
  private long feedId;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
  private String changedBy;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 16)
  private Action action;

  protected CalendarFeedAudit() {}

  public CalendarFeedAudit(CalendarFeed feed, Action action, String changedBy, Instant at) {
    this.feedId = Objects.requireNonNull(feed.getId(), "feed id (flush first)");
    this.username = feed.getUsername();
    this.action = Objects.requireNonNull(action);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.at = Objects.requireNonNull(at);
  }

  public long getFeedId() {
    return feedId;
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
}
