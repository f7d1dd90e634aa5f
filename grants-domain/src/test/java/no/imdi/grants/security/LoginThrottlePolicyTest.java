package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import no.imdi.grants.security.LoginThrottlePolicy.Failures;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private final LoginThrottlePolicy policy =
      new LoginThrottlePolicy(3, 10, Duration.ofMinutes(15), Duration.ofHours(1));

  @Test
  void theFirstFailuresCostNothingThenTheDelayDoubles() {
    Failures f = Failures.NONE;
    Instant now = T0;
    for (int i = 0; i < 3; i++) {
      assertThat(policy.waitBefore(f, now)).isZero();
      f = policy.failed(f, now);
    }
    assertThat(policy.waitBefore(f, now)).isEqualTo(Duration.ofSeconds(1));
    f = policy.failed(f, now.plusSeconds(1));
    assertThat(policy.waitBefore(f, now.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
    f = policy.failed(f, now.plusSeconds(3));
    assertThat(policy.waitBefore(f, now.plusSeconds(3))).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.waitBefore(f, now.plusSeconds(7))).isZero();
  }

  @Test
  void tenFailuresLockTheKeyForFifteenMinutesEvenForTheRightPassword() {
    Failures f = Failures.NONE;
    Instant now = T0;
    for (int i = 0; i < 10; i++) {
      now = now.plus(policy.waitBefore(f, now));
      f = policy.failed(f, now);
    }
    assertThat(policy.lockedOut(f, now)).isTrue();
    assertThat(policy.waitBefore(f, now)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.waitBefore(f, now.plus(Duration.ofMinutes(14)))).isPositive();
    Instant after = now.plus(Duration.ofMinutes(15));
    assertThat(policy.lockedOut(f, after)).isFalse();
    Failures again = policy.failed(f, after);
    assertThat(again.count()).isEqualTo(3);
    assertThat(policy.waitBefore(again, after)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void failuresAreForgottenAfterAQuietHour() {
    Failures f = new Failures(5, T0);
    assertThat(policy.waitBefore(f, T0.plus(Duration.ofMinutes(61)))).isZero();
    assertThat(policy.failed(f, T0.plus(Duration.ofMinutes(61))).count()).isEqualTo(1);
  }

  @Test
  void aPolicyWithoutRoomForDelaysIsRefused() {
    assertThatThrownBy(
            () -> new LoginThrottlePolicy(5, 5, Duration.ofMinutes(15), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new LoginThrottlePolicy(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
