package no.imdi.grants.calendarfeed;

import java.util.Optional;

/** What a calendar app's request got: the calendar's text, or nothing (the servlet's 404). */
public record FeedRead(Optional<String> calendar, int events) {

  static FeedRead refused() {
    return new FeedRead(Optional.empty(), 0);
  }
}
