package no.imdi.grants.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The settings of a load run: where the system runs, how many virtual users, for how long, and how
 * long each user thinks between two requests. A run is bounded by its duration and by a total
 * number of requests; every request by a timeout.
 */
record LoadOptions(
    URI baseUrl,
    int users,
    Duration duration,
    Duration rampUp,
    int thinkMinMs,
    int thinkMaxMs,
    long maxRequests,
    Duration requestTimeout,
    List<String> ssoUsers,
    String ssoPassword) {

  static final String USAGE =
      "usage: ./bench load [--url http://127.0.0.1:8080/] [--users 50] [--minutes 10 | --seconds S]"
          + " [--think-min-ms 200] [--think-max-ms 1000] [--ramp-up-seconds 10]"
          + " [--max-requests 1000000] [--timeout-seconds 30]"
          + " [--sso user1,user2,... --sso-password P]";

  /** Whether the users log in through the configured identity provider instead of the form. */
  boolean sso() {
    return !ssoUsers.isEmpty();
  }

  LoadOptions {
    if (users < 1 || thinkMinMs < 0 || thinkMaxMs < thinkMinMs || maxRequests < 1) {
      throw new IllegalArgumentException(USAGE);
    }
    if (duration.isNegative() || duration.isZero() || rampUp.isNegative()) {
      throw new IllegalArgumentException(USAGE);
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException(USAGE);
    }
    ssoUsers = List.copyOf(ssoUsers);
    if (!ssoUsers.isEmpty() && (ssoPassword == null || ssoPassword.isEmpty())) {
      throw new IllegalArgumentException("--sso needs --sso-password\n" + USAGE);
    }
  }

  static LoadOptions parse(String... args) {
    String url = "http://127.0.0.1:8080/";
    int users = 50;
    Duration duration = Duration.ofMinutes(10);
    Duration rampUp = Duration.ofSeconds(10);
    int thinkMin = 200;
    int thinkMax = 1000;
    long maxRequests = 1_000_000;
    Duration timeout = Duration.ofSeconds(30);
    List<String> ssoUsers = List.of();
    String ssoPassword = null;
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("missing value of " + name + "\n" + USAGE);
      }
      String value = args[i + 1];
      switch (name) {
        case "--url" -> url = value;
        case "--users" -> users = Integer.parseInt(value);
        case "--minutes" ->
            duration = Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60));
        case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
        case "--think-min-ms" -> thinkMin = Integer.parseInt(value);
        case "--think-max-ms" -> thinkMax = Integer.parseInt(value);
        case "--ramp-up-seconds" -> rampUp = Duration.ofSeconds(Long.parseLong(value));
        case "--max-requests" -> maxRequests = Long.parseLong(value);
        case "--timeout-seconds" -> timeout = Duration.ofSeconds(Long.parseLong(value));
        case "--sso" -> ssoUsers = List.of(value.split(","));
        case "--sso-password" -> ssoPassword = value;
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    URI base = URI.create(url.endsWith("/") ? url : url + "/");
    return new LoadOptions(
        base,
        users,
        duration,
        rampUp,
        thinkMin,
        thinkMax,
        maxRequests,
        timeout,
        ssoUsers,
        ssoPassword);
  }
}
