package no.imdi.grants.calendarfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import no.imdi.grants.calendarfeed.FeedRateLimit.Count;
import org.junit.jupiter.api.Test;

class FeedRateLimitTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private final FeedRateLimit limit = new FeedRateLimit(3, Duration.ofMinutes(10));

  @Test
  void theLimitsRequestsPassThenTheNextAreRefusedUntilTheWindowEnds() {
    Count c = Count.NONE;
    for (int i = 0; i < 3; i++) {
      c = limit.counted(c, T0.plusSeconds(i));
      assertThat(limit.refused(c)).isFalse();
    }
    c = limit.counted(c, T0.plusSeconds(60));
    assertThat(limit.refused(c)).isTrue();
    assertThat(limit.firstRefused(c)).isTrue();
    assertThat(limit.retryAfterSeconds(c, T0.plusSeconds(60))).isEqualTo(540);
    c = limit.counted(c, T0.plusMillis(599_500));
    assertThat(limit.refused(c)).isTrue();
    assertThat(limit.firstRefused(c)).as("only the first refusal is named").isFalse();
    assertThat(limit.retryAfterSeconds(c, T0.plusMillis(599_500))).isEqualTo(1);
    // the window ends ten minutes after its first request: a new one starts
    c = limit.counted(c, T0.plus(Duration.ofMinutes(10)));
    assertThat(c).isEqualTo(new Count(T0.plus(Duration.ofMinutes(10)), 1));
    assertThat(limit.refused(c)).isFalse();
  }

  @Test
  void aCountIsForgottenWhenItsWindowHasEnded() {
    Count c = limit.counted(null, T0);
    assertThat(limit.ended(c, T0.plus(Duration.ofMinutes(9)))).isFalse();
    assertThat(limit.ended(c, T0.plus(Duration.ofMinutes(10)))).isTrue();
    assertThat(limit.ended(Count.NONE, T0)).isTrue();
  }

  @Test
  void aCountNeverOverflows() {
    Count c = limit.counted(new Count(T0, Integer.MAX_VALUE), T0.plusSeconds(1));
    assertThat(c.requests()).isEqualTo(Integer.MAX_VALUE);
    assertThat(limit.refused(c)).isTrue();
  }

  @Test
  void aLimitWithoutRoomIsRefused() {
    assertThatThrownBy(() -> new FeedRateLimit(0, Duration.ofMinutes(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeedRateLimit(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
