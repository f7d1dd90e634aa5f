package no.imdi.grants.calendarfeed;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.calendarfeed.FeedRateLimit.Count;
import no.imdi.grants.settings.CalendarSettingValues;
import no.imdi.grants.settings.SettingsBook;

/**
 * Limits the requests for deadline calendars per feed URL and per client address ({@link
 * FeedRateLimit}, ten-minute windows, the limits of the settings {@code calendar.requestsPerToken}
 * and {@code calendar.requestsPerAddress}). A request beyond either limit is refused with the
 * seconds until its window ends (the servlet answers 429 with {@code Retry-After}); the first
 * refusal of a key in its window is written to the security log as a refused attempt at the {@code
 * calendar feed} (the feed's id and user when the token is one, never the token), the later ones in
 * the same window are not, so that a flood of requests cannot flood the log. The counts are kept in
 * this server's memory (bounded; a restart forgets them); in a cluster each member limits on its
 * own, as {@code LoginThrottle} does.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeedLimiter {

  /** The window of both limits. */
  public static final Duration WINDOW = Duration.ofMinutes(10);

  static final int MAX_KEYS = 100_000;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @EJB private SecurityLog securityLog;
  @Inject private Clock clock;

  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  protected FeedLimiter() {}

  public FeedLimiter(EntityManager em, SecurityLog securityLog, Clock clock) {
    this.em = em;
    this.securityLog = securityLog;
    this.clock = clock;
  }

  /**
   * Counts a request for a feed URL and says whether it may be answered.
   *
   * @param token the text of the URL (anything a client sends; null when the path had none)
   * @param address the client's address
   * @return the seconds to wait when refused, empty when the request may go ahead
   */
  public Optional<Long> admit(String token, String address) {
    Instant now = clock.instant();
    SettingsBook settings = new SettingsBook(em);
    FeedRateLimit perAddress = limit(settings, CalendarSettingValues.REQUESTS_PER_ADDRESS);
    Optional<FeedToken> parsed = FeedToken.parse(token);
    forgetEnded(perAddress, now);
    Long wait = count("addr:" + address, perAddress, now, null, address);
    if (parsed.isPresent()) {
      FeedRateLimit perToken = limit(settings, CalendarSettingValues.REQUESTS_PER_TOKEN);
      Long tokenWait = count("feed:" + parsed.get().hash(), perToken, now, parsed.get(), address);
      if (tokenWait != null && (wait == null || tokenWait > wait)) {
        wait = tokenWait;
      }
    }
    return Optional.ofNullable(wait);
  }

  private Long count(
      String key, FeedRateLimit limit, Instant now, FeedToken token, String address) {
    if (!counts.containsKey(key) && counts.size() >= MAX_KEYS) {
      return null; // full of live windows: the other key's limit still holds
    }
    Count count = counts.compute(key, (k, c) -> limit.counted(c, now));
    if (!limit.refused(count)) {
      return null;
    }
    if (limit.firstRefused(count)) {
      refuse(limit, token, address);
    }
    return limit.retryAfterSeconds(count, now);
  }

  private void refuse(FeedRateLimit limit, FeedToken token, String address) {
    String username = null;
    String what = "one client address";
    if (token != null) {
      Optional<CalendarFeed> feed = CalendarFeeds.byHash(em, token.hash());
      username = feed.map(CalendarFeed::getUsername).orElse(null);
      what = feed.map(f -> "calendar feed " + f.getId()).orElse("an unknown calendar feed token");
    }
    securityLog.recordFor(
        Kind.REFUSED,
        username,
        address,
        DeadlineFeed.TARGET,
        "Too many requests for "
            + what
            + ": more than "
            + limit.limit()
            + " in "
            + limit.window().toMinutes()
            + " minutes; refused until the window ends");
  }

  private void forgetEnded(FeedRateLimit longest, Instant now) {
    if (counts.size() >= MAX_KEYS / 2) {
      counts.values().removeIf(c -> longest.ended(c, now));
    }
  }

  private static FeedRateLimit limit(SettingsBook settings, String key) {
    return new FeedRateLimit(Integer.parseInt(settings.get(key).getValue()), WINDOW);
  }
}
