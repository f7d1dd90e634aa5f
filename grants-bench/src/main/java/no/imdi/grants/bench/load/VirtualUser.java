package no.imdi.grants.bench.load;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user with a browser of their own: logs in through the login form, then opens the settlements
 * list, pages it, opens a person from the list and the calculator, thinking between the requests,
 * until the run's time or request budget is spent. A user who meets the login page logs in again.
 */
final class VirtualUser implements Runnable {

  private static final String LIST = "app/settlements.xhtml";
  private static final String TABLE = "listForm:settlements";

  private final String username;
  private final String password;
  private final LoadOptions options;
  private final LoadStats stats;
  private final long deadline;
  private final long startDelayMs;
  private final UserSession session;
  private List<Long> persons = List.of();
  private boolean loggedIn;
  private boolean everLoggedIn;

  VirtualUser(
      String username,
      String password,
      LoadOptions options,
      LoadStats stats,
      long deadline,
      long startDelayMs) {
    this.username = username;
    this.password = password;
    this.options = options;
    this.stats = stats;
    this.deadline = deadline;
    this.startDelayMs = startDelayMs;
    this.session = new UserSession(options.baseUrl(), options.requestTimeout());
  }

  @Override
  public void run() {
    try {
      sleep(startDelayMs);
      while (running()) {
        if (loggedIn || logIn()) {
          visitPages();
        } else {
          think();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean logIn() throws InterruptedException {
    if (options.sso()) {
      return logInThroughProvider();
    }
    if (everLoggedIn) {
      stats.relogin();
    }
    Optional<Exchange> page = fetch(Page.LOGIN_FORM, () -> session.get("login.xhtml"));
    Optional<String> form = page.flatMap(p -> FacesHtml.form(p.body(), "loginForm"));
    Optional<String> nonce = page.flatMap(p -> FacesHtml.nonce(p.body()));
    if (form.isEmpty() || nonce.isEmpty() || !think()) {
      return false;
    }
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Map.Entry<String, String> field : FacesHtml.fields(form.get(), nonce.get())) {
      fields.add(
          switch (field.getKey()) {
            case "loginForm:username" -> Map.entry(field.getKey(), username);
            case "loginForm:password" -> Map.entry(field.getKey(), password);
            default -> field;
          });
    }
    fields.add(Map.entry("loginForm:submit", ""));
    Optional<Exchange> posted =
        fetch(Page.LOGIN, () -> session.postForm(FacesHtml.action(form.get()), fields));
    if (posted.isEmpty()) {
      return false;
    }
    String home = posted.get().location().orElseThrow();
    loggedIn = fetch(Page.HOME, () -> session.get(home)).isPresent();
    everLoggedIn |= loggedIn;
    return loggedIn;
  }

  /**
   * Single sign-on as a browser does it: the application's {@code sso/login} sends the user to the
   * provider, whose login form (any form with a password field) is filled in and posted; the
   * provider sends the user back to the application's callback, which sends them home. The
   * application's redirect and the provider's page count as the login form, the post and the
   * callback as the login.
   */
  private boolean logInThroughProvider() throws InterruptedException {
    if (everLoggedIn) {
      stats.relogin();
    }
    Optional<Exchange> start =
        fetch(Page.LOGIN_FORM, () -> session.get("sso/login"), VirtualUser::redirected);
    if (start.isEmpty()) {
      return false;
    }
    String provider = start.get().location().orElseThrow();
    Optional<Exchange> page =
        fetch(Page.LOGIN_FORM, () -> session.get(provider), VirtualUser::providerForm);
    if (page.isEmpty() || !think()) {
      return false;
    }
    Matcher form = PROVIDER_FORM.matcher(page.get().body());
    form.find();
    String action = FacesHtml.unescape(form.group(1));
    List<Map.Entry<String, String>> fields =
        List.of(
            Map.entry("username", username),
            Map.entry("password", password),
            Map.entry("credentialId", ""));
    Optional<Exchange> posted =
        fetch(Page.LOGIN, () -> session.postForm(action, fields), VirtualUser::redirected);
    if (posted.isEmpty()) {
      return false;
    }
    String callback = posted.get().location().orElseThrow();
    Optional<Exchange> back = fetch(Page.LOGIN, () -> session.get(callback));
    if (back.isEmpty()) {
      return false;
    }
    String home = back.get().location().orElseThrow();
    loggedIn = fetch(Page.HOME, () -> session.get(home)).isPresent();
    everLoggedIn |= loggedIn;
    return loggedIn;
  }

  private static final Pattern PROVIDER_FORM =
      Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]+)\"[^>]*>(?=(?s:.*?)type=\"password\")");

  private static Optional<String> redirected(Exchange e) {
    if (e.status() < 0) {
      return Optional.of("no answer");
    }
    return e.redirect() && e.location().isPresent()
        ? Optional.empty()
        : Optional.of("no redirect (status " + e.status() + ")");
  }

  private static Optional<String> providerForm(Exchange e) {
    if (e.status() != 200) {
      return Optional.of("provider's login page: status " + e.status());
    }
    return PROVIDER_FORM.matcher(e.body()).find()
        ? Optional.empty()
        : Optional.of("no login form on the provider's page");
  }

  private void visitPages() throws InterruptedException {
    Optional<Exchange> list = fetch(Page.SETTLEMENTS, () -> session.get(LIST));
    list.ifPresent(l -> remember(l.body()));
    if (list.isPresent() && think()) {
      pageThrough(list.get().body());
    }
    if (!loggedIn || !think()) {
      return;
    }
    if (!persons.isEmpty()) {
      long id = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
      fetch(Page.PERSON, () -> session.get("app/person.xhtml?id=" + id));
      if (!loggedIn || !think()) {
        return;
      }
    }
    fetch(Page.CALCULATOR, () -> session.get("app/calculator.xhtml"));
    think();
  }

  /** Goes to another page of the list, as the paginator does: an AJAX post of the whole form. */
  private void pageThrough(String html) throws InterruptedException {
    Optional<String> form = FacesHtml.form(html, "listForm");
    Optional<String> nonce = FacesHtml.nonce(html);
    if (form.isEmpty() || nonce.isEmpty()) {
      return;
    }
    int rows = FacesHtml.widgetNumber(html, "rows").orElse(25);
    int pages = (FacesHtml.widgetNumber(html, "rowCount").orElse(0) + rows - 1) / rows;
    int first = pages > 1 ? rows * (1 + ThreadLocalRandom.current().nextInt(pages - 1)) : 0;
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("jakarta.faces.partial.ajax", "true"));
    fields.add(Map.entry("jakarta.faces.source", TABLE));
    fields.add(Map.entry("jakarta.faces.partial.execute", TABLE));
    fields.add(Map.entry("jakarta.faces.partial.render", TABLE));
    fields.add(Map.entry(TABLE, TABLE));
    fields.add(Map.entry(TABLE + "_pagination", "true"));
    fields.add(Map.entry(TABLE + "_first", Integer.toString(first)));
    fields.add(Map.entry(TABLE + "_rows", Integer.toString(rows)));
    fields.add(Map.entry(TABLE + "_skipChildren", "true"));
    fields.add(Map.entry(TABLE + "_encodeFeature", "true"));
    fields.addAll(FacesHtml.fields(form.get(), nonce.get()));
    fetch(
            Page.SETTLEMENTS_PAGING,
            () -> session.postAjax(FacesHtml.action(form.get()), fields),
            answer -> Verdict.paging(answer, first))
        .ifPresent(p -> remember(p.body()));
  }

  private void remember(String html) {
    List<Long> ids = FacesHtml.personIds(html);
    if (!ids.isEmpty()) {
      persons = ids;
    }
  }

  /** Sends a request if the run goes on, times it and judges it; the answer if it was right. */
  private Optional<Exchange> fetch(Page page, Call call) throws InterruptedException {
    return fetch(page, call, answer -> Verdict.of(page, answer));
  }

  private Optional<Exchange> fetch(
      Page page, Call call, Function<Exchange, Optional<String>> verdict)
      throws InterruptedException {
    if (!running() || !stats.take(options.maxRequests())) {
      return Optional.empty();
    }
    Exchange answer = call.send();
    stats.record(page, answer.nanos());
    Optional<String> error = verdict.apply(answer);
    if (error.isEmpty()) {
      return Optional.of(answer);
    }
    stats.error(page, error.get(), example(page, answer));
    if (error.get().equals(Verdict.LOGIN_PAGE)) {
      loggedIn = false;
    }
    return Optional.empty();
  }

  private String example(Page page, Exchange e) {
    String answer =
        e.status() < 0
            ? "no answer: " + e.body()
            : e.status()
                + e.location().map(l -> " Location " + l).orElse("")
                + FacesHtml.partialError(e.body()).map(n -> " <error-name>" + n).orElse("")
                + (e.title().isEmpty() ? "" : " \"" + e.title() + "\"");
    return String.format(
        "%s %s %s: %s %s -> %s (%d ms)",
        LocalTime.now().truncatedTo(ChronoUnit.MILLIS),
        username,
        page.label(),
        e.method(),
        e.uri().getRawPath() + (e.uri().getRawQuery() == null ? "" : "?" + e.uri().getRawQuery()),
        answer,
        e.nanos() / 1_000_000);
  }

  private boolean running() {
    return System.nanoTime() < deadline && !stats.spent(options.maxRequests());
  }

  private boolean think() throws InterruptedException {
    sleep(ThreadLocalRandom.current().nextLong(options.thinkMinMs(), options.thinkMaxMs() + 1L));
    return running();
  }

  private void sleep(long millis) throws InterruptedException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    Thread.sleep(Math.max(0, Math.min(millis, left)));
  }

  /** A request of the user's browser. */
  @FunctionalInterface
  private interface Call {
    Exchange send() throws InterruptedException;
  }
}
