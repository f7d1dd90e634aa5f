package no.imdi.grants.bench.load;

import java.util.Optional;

/**
 * Whether an answer is the one a correctly logged-in user should get, and if not, what kind of
 * error it is: another status than 200 (or than the expected redirect), the login page where a
 * logged-in page was expected, 403 or 404 for a person taken from the user's own list (a lost role
 * or a lost scope: another municipality's person answers 404), the error page's marker in a page, a
 * failure reported in a partial (AJAX) response, or no answer at all.
 */
final class Verdict {

  static final String LOGIN_PAGE = "login page instead of a logged-in page";
  static final String FORBIDDEN_PERSON = "403 or 404 for a person the user may see";

  private static final String ERROR_MARKER = "id=\"errorText\"";
  private static final String LOGIN_MARKER = "id=\"loginForm\"";

  private Verdict() {}

  /** The kind of error, or empty when the answer is right. */
  static Optional<String> of(Page page, Exchange e) {
    if (e.status() < 0) {
      return noAnswer(e);
    }
    return switch (page) {
      case LOGIN_FORM -> page(e, LOGIN_MARKER);
      case LOGIN -> login(e);
      case HOME -> expectRedirect(e, "/app/settlements.xhtml");
      case SETTLEMENTS -> loggedInPage(e, "id=\"listForm:settlements\"");
      case SETTLEMENTS_PAGING -> paging(e, -1);
      case PERSON ->
          e.status() == 403 || e.status() == 404
              ? Optional.of(FORBIDDEN_PERSON)
              : loggedInPage(e, "id=\"personFacts\"");
      case CALCULATOR -> loggedInPage(e, "id=\"calculatorForm\"");
    };
  }

  private static Optional<String> noAnswer(Exchange e) {
    return Optional.of("no answer (" + e.body().replaceAll(":.*", "") + ")");
  }

  private static Optional<String> login(Exchange e) {
    if (e.status() == 200 && e.body().contains(LOGIN_MARKER)) {
      return Optional.of("login refused (login page again)");
    }
    return expectRedirect(e, "/index.xhtml");
  }

  private static Optional<String> expectRedirect(Exchange e, String target) {
    if (e.redirectsTo("login.xhtml")) {
      return Optional.of(LOGIN_PAGE);
    }
    if (e.redirectsTo(target)) {
      return Optional.empty();
    }
    return Optional.of(
        e.redirect() ? "redirect to another page than " + target : "status " + e.status());
  }

  private static Optional<String> loggedInPage(Exchange e, String marker) {
    if (e.redirectsTo("login.xhtml") || e.status() == 200 && e.body().contains(LOGIN_MARKER)) {
      return Optional.of(LOGIN_PAGE);
    }
    return page(e, marker);
  }

  private static Optional<String> page(Exchange e, String marker) {
    if (e.redirect()) {
      return Optional.of("unexpected redirect (" + e.status() + ")");
    }
    if (e.status() != 200) {
      return Optional.of("status " + e.status());
    }
    if (e.body().contains(ERROR_MARKER)) {
      return Optional.of("error page with status 200");
    }
    return e.body().contains(marker) ? Optional.empty() : Optional.of("not the expected page");
  }

  /** The answer to a paging request, which must hold the rows from {@code first} on (if known). */
  static Optional<String> paging(Exchange e, int first) {
    if (e.status() < 0) {
      return noAnswer(e);
    }
    if (e.redirectsTo("login.xhtml")
        || e.body().contains("<redirect url=\"") && e.body().contains("login.xhtml")) {
      return Optional.of(LOGIN_PAGE);
    }
    if (e.status() != 200) {
      return Optional.of("status " + e.status());
    }
    Optional<String> error = FacesHtml.partialError(e.body());
    if (error.isPresent()) {
      return Optional.of("AJAX error " + error.get());
    }
    if (e.body().contains("<redirect url=\"")) {
      return Optional.of("AJAX redirect");
    }
    String firstRow = first < 0 ? "person.xhtml?id=" : "data-ri=\"" + first + "\"";
    return e.body().contains("<partial-response") && e.body().contains(firstRow)
        ? Optional.empty()
        : Optional.of("not the rows of the requested page");
  }
}
