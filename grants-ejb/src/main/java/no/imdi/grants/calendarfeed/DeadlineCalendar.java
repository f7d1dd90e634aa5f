package no.imdi.grants.calendarfeed;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a deadline calendar as iCalendar (RFC 5545) text with biweekly: one all-day event per
 * deadline ({@code DTSTART;VALUE=DATE}, the day after as {@code DTEND}), a stable UID, a bokmål
 * summary with the kind and the case number only, and the link to the page as {@code URL} and in
 * the description. No person, national id or health data goes in.
 */
public final class DeadlineCalendar {

  static final String PRODUCT_ID = "-//IMDi//Tilskudd fristkalender//NO";
  private static final Locale BOKMAL = Locale.forLanguageTag("nb");

  private DeadlineCalendar() {}

  /**
   * The calendar's text.
   *
   * @param baseUrl the application's root URL ending with {@code /}, for the links
   * @param now the stamp of every event (when the feed was read)
   */
  public static String write(List<FeedDeadline> deadlines, String baseUrl, Instant now) {
    ResourceBundle texts = ResourceBundle.getBundle("no.imdi.grants.calendarfeed.feed", BOKMAL);
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT_ID);
    ical.setExperimentalProperty("X-WR-CALNAME", texts.getString("ical.feed.name"));
    ical.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
    for (FeedDeadline d : deadlines) {
      VEvent event = new VEvent();
      event.setUid(d.uid());
      event.setDateTimeStamp(Date.from(now));
      event.setDateStart(new DateStart(day(d.date()), false));
      event.setDateEnd(new DateEnd(day(d.date().plusDays(1)), false));
      event.setSummary(
          MessageFormat.format(texts.getString("ical.summary." + d.kind().name()), d.caseNumber()));
      String link = baseUrl + d.path();
      event.setUrl(link);
      event.setDescription(
          d.rule() == null
              ? MessageFormat.format(texts.getString("ical.description"), link)
              : MessageFormat.format(texts.getString("ical.description.rule"), link, d.rule()));
      event.setTransparency(true);
      ical.addEvent(event);
    }
    return Biweekly.write(ical).go();
  }

  /** A day as biweekly holds it: midnight in the JVM's zone, which it writes back as that date. */
  static Date day(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
