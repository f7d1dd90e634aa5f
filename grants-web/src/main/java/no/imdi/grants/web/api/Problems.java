package no.imdi.grants.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Turns a {@link Problem} into its HTTP response: the status, the body, its type and language. */
final class Problems {

  private Problems() {}

  static Response response(Problem problem, Locale locale) {
    return Response.status(problem.status())
        .type(RulesApi.PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .entity(problem.toJson())
        .build();
  }
}
