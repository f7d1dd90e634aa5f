package no.imdi.grants.bench.load;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.imdi.grants.demo.DemoUsers;
import no.imdi.grants.demo.DemoUsers.DemoUser;

/**
 * Load on a running Tilskudd: N virtual users, each logged in with one of the demo logins that see
 * settled persons (the municipality and IMDi roles, taken in turn), go through the settlements
 * list, its paging, a person from the list and the calculator for M minutes, thinking between the
 * requests. Prints per page the requests, median, p95, p99, the slowest and the errors, the
 * throughput, the errors by kind with examples, and a summary line.
 *
 * <p>Arguments: {@code --url http://127.0.0.1:8080/ --users 50 --minutes 10 (or --seconds S)
 * --think-min-ms 200 --think-max-ms 1000 --ramp-up-seconds 10 --max-requests 1000000
 * --timeout-seconds 30}.
 */
public final class LoadBenchmark {

  private static final List<String> ROLES =
      List.of(
          "MUNICIPALITY_CASEWORKER", "MUNICIPALITY_FINANCE", "IMDI_CASEWORKER", "IMDI_APPROVER");

  private LoadBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    if (List.of(args).contains("--help")) {
      System.out.println(LoadOptions.USAGE);
      return;
    }
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() == null ? LoadOptions.USAGE : e.getMessage());
      System.exit(2);
      return;
    }
    List<DemoUser> logins = DemoUsers.ALL.stream().filter(u -> ROLES.contains(u.role())).toList();
    LoadStats stats = new LoadStats();
    LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    long start = System.nanoTime();
    long deadline = start + options.duration().toNanos();
    Map<String, Integer> perLogin = new TreeMap<>();
    List<Thread> threads = new ArrayList<>();
    List<String> names =
        options.sso() ? options.ssoUsers() : logins.stream().map(DemoUser::username).toList();
    String password = options.sso() ? options.ssoPassword() : DemoUsers.PASSWORD;
    for (int i = 0; i < options.users(); i++) {
      String login = names.get(i % names.size());
      perLogin.merge(login, 1, Integer::sum);
      long delay = options.rampUp().toMillis() * i / options.users();
      VirtualUser user = new VirtualUser(login, password, options, stats, deadline, delay);
      Thread thread = new Thread(user, "user-" + i + "-" + login);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    long grace = options.requestTimeout().toMillis() + 5_000;
    for (Thread thread : threads) {
      long left = (deadline - System.nanoTime()) / 1_000_000 + grace;
      thread.join(Math.max(1, left));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long stillRunning = threads.stream().filter(Thread::isAlive).count();
    String header =
        String.format(
            "Load on %s: %d users (%s%s), %d s planned from %s, think %d-%d ms, ramp-up %d s%s",
            options.baseUrl(),
            options.users(),
            perLogin.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b)
                .orElse(""),
            options.sso() ? ", single sign-on" : "",
            options.duration().toSeconds(),
            startedAt,
            options.thinkMinMs(),
            options.thinkMaxMs(),
            options.rampUp().toSeconds(),
            stillRunning == 0 ? "" : "; " + stillRunning + " users still waiting for an answer");
    new LoadReport(stats, seconds).print(System.out, header);
    System.exit(0);
  }
}
