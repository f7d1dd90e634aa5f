package no.imdi.grants.calendarfeed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed's request limits with the settings on PostgreSQL: per feed URL and per client
 * address in ten-minute windows; a request beyond a limit is refused with the seconds until its
 * window ends, and only the first refusal of a key in a window is a security event, which names the
 * feed and its user when the token is one, and never the token.
 */
class FeedLimiterTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static TestPersistence db;
  private final List<String> events = new ArrayList<>();
  private Instant now = NOW;
  private EntityManager em;

  @BeforeAll
  static void database() {
    db = new TestPersistence();
    Register.users(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  @Test
  void aTokenGetsItsLimitInTenMinutesThenWaitsForTheWindowToEnd() {
    FeedLimiter limiter = limiter(3, 100);
    FeedToken token = FeedToken.generate();
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.admit(token.value(), "10.0.0.1")).isEmpty();
      now = now.plusSeconds(10);
    }
    assertThat(limiter.admit(token.value(), "10.0.0.2")).contains(570L); // 600 - 30 s
    now = now.plusSeconds(100);
    assertThat(limiter.admit(token.value(), "10.0.0.3")).contains(470L);
    // another token from the same address is not held back
    assertThat(limiter.admit(FeedToken.generate().value(), "10.0.0.1")).isEmpty();
    assertThat(events)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .startsWith("REFUSED null 10.0.0.2 calendar feed Too many requests for an")
                    .contains("unknown calendar feed token: more than 3 in 10 minutes")
                    .doesNotContain(token.value())
                    .doesNotContain(token.hash()));

    now = NOW.plus(FeedLimiter.WINDOW);
    assertThat(limiter.admit(token.value(), "10.0.0.1")).isEmpty();
  }

  @Test
  void anAddressGetsItsLimitWhateverItAsksFor() {
    FeedLimiter limiter = limiter(100, 4);
    assertThat(limiter.admit(FeedToken.generate().value(), "192.0.2.7")).isEmpty();
    assertThat(limiter.admit("not-a-token", "192.0.2.7")).isEmpty();
    assertThat(limiter.admit(null, "192.0.2.7")).isEmpty();
    assertThat(limiter.admit(FeedToken.generate().value(), "192.0.2.7")).isEmpty();
    assertThat(limiter.admit(FeedToken.generate().value(), "192.0.2.7")).contains(600L);
    assertThat(limiter.admit(null, "192.0.2.7")).contains(600L);
    assertThat(limiter.admit(FeedToken.generate().value(), "192.0.2.8")).isEmpty();
    assertThat(events)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .isEqualTo(
                        "REFUSED null 192.0.2.7 calendar feed Too many requests for one client"
                            + " address: more than 4 in 10 minutes; refused until the window"
                            + " ends"));
  }

  @Test
  void theRefusalOfAKnownFeedNamesTheFeedAndItsUser() {
    FeedToken token = FeedToken.generate();
    long id =
        db.inTransaction(
            e -> {
              CalendarFeed feed = CalendarFeed.create("kommune.oslo", token, NOW);
              e.persist(feed);
              e.flush();
              return feed.getId();
            });
    FeedLimiter limiter = limiter(1, 100);
    assertThat(limiter.admit(token.value(), "198.51.100.1")).isEmpty();
    assertThat(limiter.admit(token.value(), "198.51.100.1")).contains(600L);
    assertThat(events)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .startsWith(
                        "REFUSED kommune.oslo 198.51.100.1 calendar feed Too many requests for"
                            + " calendar feed "
                            + id
                            + ":")
                    .doesNotContain(token.value()));
  }

  /** A limiter with the limits stored as settings, its clock the test's, its log the list. */
  private FeedLimiter limiter(int perToken, int perAddress) {
    sql("update setting set value = '" + perToken + "' where key = 'calendar.requestsPerToken'");
    sql(
        "update setting set value = '"
            + perAddress
            + "' where key = 'calendar.requestsPerAddress'");
    em = db.entityManager();
    SecurityLog log =
        new SecurityLog() {
          @Override
          public void recordFor(
              Kind kind, String username, String source, String target, String detail) {
            events.add(kind + " " + username + " " + source + " " + target + " " + detail);
          }
        };
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneId.of("Europe/Oslo");
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    return new FeedLimiter(em, log, clock);
  }

  private static void sql(String statement) {
    db.run(e -> e.createNativeQuery(statement).executeUpdate());
  }
}
