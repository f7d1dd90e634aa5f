package no.imdi.grants.calendarfeed;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.settings.CalendarSettingValues;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.ClockProducer;

/**
 * Answers a calendar app's request for a feed URL, without a login: the token is hashed and looked
 * up; an unknown or revoked token, or a feed whose user is disabled or no longer has a municipality
 * role, gets nothing (404) and a refusal in the security log that never holds the token. An active
 * feed gets the user's municipality's deadlines ({@link MunicipalityDeadlines}) as iCalendar, and
 * its last use is recorded. A deadline that passed more than {@code calendar.pastDays} days ago
 * (Oslo days; a setting, 90 unless changed) is left out; every coming one is in.
 */
@Stateless
@PermitAll
public class DeadlineFeed {

  static final String TARGET = "calendar feed";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private MunicipalityDeadlines deadlines;
  @EJB private SecurityLog securityLog;
  @Inject private Clock clock;

  protected DeadlineFeed() {}

  public DeadlineFeed(
      EntityManager em, MunicipalityDeadlines deadlines, SecurityLog securityLog, Clock clock) {
    this.em = em;
    this.deadlines = deadlines;
    this.securityLog = securityLog;
    this.clock = clock;
  }

  /**
   * The calendar for the token of a feed URL.
   *
   * @param token the text of the URL (anything a client sends)
   * @param baseUrl the application's root URL ending with {@code /}
   */
  public FeedRead read(String token, String baseUrl) {
    Optional<FeedToken> parsed = FeedToken.parse(token);
    if (parsed.isEmpty()) {
      refuse(null, "Calendar feed URL without a valid token");
      return FeedRead.refused();
    }
    Optional<CalendarFeed> feed = CalendarFeeds.byHash(em, parsed.get().hash());
    if (feed.isEmpty()) {
      refuse(null, "Unknown calendar feed token");
      return FeedRead.refused();
    }
    CalendarFeed found = feed.get();
    if (!found.isActive()) {
      refuse(found.getUsername(), "Revoked calendar feed " + found.getId());
      return FeedRead.refused();
    }
    AppUser user = em.find(AppUser.class, found.getUsername());
    if (user == null || !user.isEnabled() || !user.getRole().belongsToMunicipality()) {
      refuse(
          found.getUsername(),
          "Calendar feed "
              + found.getId()
              + " of a disabled user or one without a municipality role");
      return FeedRead.refused();
    }
    Instant now = clock.instant();
    LocalDate from = LocalDate.ofInstant(now, ClockProducer.OSLO).minusDays(pastDays());
    List<FeedDeadline> list =
        deadlines.of(user).stream().filter(d -> !d.date().isBefore(from)).toList();
    found.used(now);
    return new FeedRead(Optional.of(DeadlineCalendar.write(list, baseUrl, now)), list.size());
  }

  /** How many days after it passed a deadline stays in the feed (setting calendar.pastDays). */
  private int pastDays() {
    return Integer.parseInt(new SettingsBook(em).get(CalendarSettingValues.PAST_DAYS).getValue());
  }

  private void refuse(String username, String detail) {
    if (securityLog != null) {
      securityLog.recordFor(Kind.REFUSED, username, TARGET, detail);
    }
  }
}
