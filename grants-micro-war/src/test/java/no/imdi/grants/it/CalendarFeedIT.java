package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadline calendar in real Chromium: Oslo's caseworker opens "Kalender" from the menu
 * (axe-clean), makes a feed URL, which is shown once; a client without the session (a new context)
 * reads it as {@code text/calendar}, biweekly parses it, and an accounts report's deadline
 * (R-REP-1) of Oslo is there with the case number and due date the database holds; after the user
 * revokes it, the same URL answers 404 and the refusal is in the security log without the token.
 * With the limit per feed URL set low, the next requests answer 429 with {@code Retry-After} and
 * the first of them is one refusal in the security log.
 */
class CalendarFeedIT {

  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void osloMakesAFeedACalendarAppReadsItWithoutLoginAndARevokedUrlAnswers404() throws Exception {
    String url;
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.click("#navCalendar");
      page.waitForURL("**/app/calendar.xhtml");
      assertThat(page.textContent("h1")).isEqualTo("Kalender med frister");
      assertThat(Axe.violations(page)).isEmpty();

      page.click("[id='calendarForm:create']");
      page.waitForLoadState();
      url = page.inputValue("[id='calendarForm:feedUrl']");
      assertThat(url).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
      assertThat(page.textContent("#feedWarning")).contains("Alle som har denne adressen");
      assertThat(page.textContent("#activeSince")).contains("aktiv kalenderadresse");
      assertThat(Axe.violations(page)).as("with the new URL shown").isEmpty();
      String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());

      try (BrowserContext anonymous = browser.context("nb-NO")) {
        APIResponse feed = anonymous.request().get(url);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(feed.headers().get("cache-control")).contains("private");
        ICalendar ical = Biweekly.parse(feed.text()).first();
        Set<String> found = new HashSet<>();
        for (VEvent e : ical.getEvents()) {
          assertThat(e.getDateStart().getValue().hasTime()).isFalse();
          LocalDate day =
              LocalDate.ofInstant(e.getDateStart().getValue().toInstant(), ZoneId.systemDefault());
          found.add(day + " " + e.getSummary().getValue());
        }
        List<String> reports = osloAccountsReportDeadlines();
        assertThat(reports).isNotEmpty();
        assertThat(found).containsAll(reports);

        // over the limit per feed URL (a setting): 429 with Retry-After, one security event
        long limited = refusals("Too many requests for calendar feed %");
        update("update setting set value = '3' where key = 'calendar.requestsPerToken'");
        try {
          APIResponse last = feed;
          for (int i = 0; i < 4 && last.status() == 200; i++) {
            last = anonymous.request().get(url);
          }
          assertThat(last.status()).isEqualTo(429);
          assertThat(Long.parseLong(last.headers().get("retry-after"))).isBetween(1L, 600L);
          assertThat(anonymous.request().get(url).status()).isEqualTo(429);
        } finally {
          update("update setting set value = '60' where key = 'calendar.requestsPerToken'");
        }
        assertThat(refusals("Too many requests for calendar feed %")).isEqualTo(limited + 1);
      }

      page.navigate(TestEnvironment.baseUrl() + "app/calendar.xhtml");
      assertThat(page.locator("[id='calendarForm:feedUrl']").count())
          .as("the URL is shown once")
          .isZero();
      long refusalsBefore = refusals();
      page.click("[id='calendarForm:revoke']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("trukket tilbake");
      assertThat(page.locator("[id='calendarForm:noFeed']").count()).isOne();
      try (BrowserContext anonymous = browser.context("nb-NO")) {
        assertThat(anonymous.request().get(url).status()).isEqualTo(404);
        assertThat(anonymous.request().get(url.replace(token, "x" + token.substring(1))).status())
            .isEqualTo(404);
      }
      assertThat(refusals()).isEqualTo(refusalsBefore + 2);
      assertThat(tokenInSecurityLog(token)).isZero();
    }
    assertThat(audit()).endsWith("CREATED", "REVOKED");
  }

  /** Oslo's open accounts reports as the feed must show them: due date and summary. */
  private static List<String> osloAccountsReportDeadlines() throws SQLException {
    return strings(
        "select a.due_date || ' Frist: rapport om regnskap, sak ' || c.case_year || '/'"
            + " || lpad(c.case_sequence::text, 5, '0') from accounts_report a"
            + " join case_file c on c.id = a.case_id"
            + " where a.municipality = '0301' and a.state in ('DRAFT', 'SIGNED')"
            + " and a.due_date >= (now() at time zone 'Europe/Oslo')::date - (select value::int"
            + " from setting where key = 'calendar.pastDays')");
  }

  private static long refusals() throws SQLException {
    return refusals("%");
  }

  private static long refusals(String detail) throws SQLException {
    return Long.parseLong(
        strings(
                "select count(*) from security_event where target = 'calendar feed'"
                    + " and detail like '"
                    + detail
                    + "'")
            .get(0));
  }

  private static void update(String statement) throws SQLException {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.executeUpdate();
    }
  }

  private static long tokenInSecurityLog(String token) throws SQLException {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from security_event where target like ? or detail like ?")) {
      ps.setString(1, "%" + token + "%");
      ps.setString(2, "%" + token + "%");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static List<String> audit() throws SQLException {
    return strings(
        "select action from calendar_feed_audit where username = 'kommune.oslo' order by id");
  }

  private static List<String> strings(String query) throws SQLException {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps = c.prepareStatement(query);
        ResultSet rs = ps.executeQuery()) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
