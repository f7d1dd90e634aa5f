package no.imdi.grants.calendarfeed;

import java.time.Instant;

/** The user's active feed as the calendar page shows it (never its token). */
public record FeedView(long id, Instant createdAt, Instant lastUsed) {

  static FeedView of(CalendarFeed feed) {
    return new FeedView(feed.getId(), feed.getCreatedAt(), feed.getLastUsed());
  }
}
