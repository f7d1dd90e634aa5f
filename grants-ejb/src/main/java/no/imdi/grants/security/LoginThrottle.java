package no.imdi.grants.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.LoginThrottlePolicy.Failures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles logins per account name and per client address ({@link LoginThrottlePolicy}); every
 * failed and every throttled attempt is written to the security log. Unknown account names are
 * throttled exactly like known ones. The failures are kept in this server's memory (bounded; a
 * restart forgets them); in a cluster each member throttles on its own.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginThrottle {

  static final int MAX_KEYS = 100_000;

  @Inject private Clock clock;
  @Inject private SecurityLog log;

  @Inject
  @ConfigProperty(name = "grants.security.login.accountFailuresBeforeDelay", defaultValue = "3")
  int accountDelayAfter;

  @Inject
  @ConfigProperty(name = "grants.security.login.accountFailuresBeforeLockout", defaultValue = "10")
  int accountLockAfter;

  @Inject
  @ConfigProperty(name = "grants.security.login.addressFailuresBeforeDelay", defaultValue = "10")
  int addressDelayAfter;

  @Inject
  @ConfigProperty(name = "grants.security.login.addressFailuresBeforeLockout", defaultValue = "30")
  int addressLockAfter;

  @Inject
  @ConfigProperty(name = "grants.security.login.lockoutMinutes", defaultValue = "15")
  int lockoutMinutes;

  private LoginThrottlePolicy accounts;
  private LoginThrottlePolicy addresses;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  @PostConstruct
  void configure() {
    Duration lockout = Duration.ofMinutes(lockoutMinutes);
    Duration forget = lockout.compareTo(Duration.ofHours(1)) > 0 ? lockout : Duration.ofHours(1);
    accounts = new LoginThrottlePolicy(accountDelayAfter, accountLockAfter, lockout, forget);
    addresses = new LoginThrottlePolicy(addressDelayAfter, addressLockAfter, lockout, forget);
  }

  /** How long this attempt must still wait (zero: go ahead); a throttled attempt is logged. */
  public Duration admit(String username, String address) {
    Instant now = clock.instant();
    Duration account = accounts.waitBefore(get(accountKey(username)), now);
    Duration source = addresses.waitBefore(get(addressKey(address)), now);
    Duration wait = account.compareTo(source) >= 0 ? account : source;
    if (!wait.isZero()) {
      log.recordFor(
          Kind.LOGIN_THROTTLED,
          clean(username),
          address,
          "login",
          "Attempt refused; wait " + wait.toSeconds() + " s" + (lockedOut(username, address, now)));
    }
    return wait;
  }

  /** A wrong username or password. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_KEYS) {
      failures.values().removeIf(f -> f.last().isBefore(now.minus(Duration.ofHours(1))));
    }
    if (failures.size() < MAX_KEYS) {
      failures.compute(accountKey(username), (k, f) -> accounts.failed(orNone(f), now));
      failures.compute(addressKey(address), (k, f) -> addresses.failed(orNone(f), now));
    }
    log.recordFor(
        Kind.LOGIN_FAILED, clean(username), address, "login", "Wrong username or password");
  }

  /** A successful login clears the account's failures (not the address's). */
  public void succeeded(String username) {
    failures.remove(accountKey(username));
  }

  private String lockedOut(String username, String address, Instant now) {
    boolean locked =
        accounts.lockedOut(get(accountKey(username)), now)
            || addresses.lockedOut(get(addressKey(address)), now);
    return locked ? " (locked out)" : "";
  }

  private Failures get(String key) {
    return orNone(failures.get(key));
  }

  private static Failures orNone(Failures f) {
    return f == null ? Failures.NONE : f;
  }

  private static String accountKey(String username) {
    return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "addr:" + address;
  }

  private static String clean(String username) {
    return username == null ? null : username.strip();
  }
}
