package no.imdi.grants.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * Input the rules refuse (a date outside the supported years, a child born before the mother's
 * settlement, a negative number of hours): 400 with a problem naming the first faulty parameter.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(InvalidInputException e) {
    Locale locale = ApiTexts.locale(headers);
    return Problems.response(problem(e, locale), locale);
  }

  static Problem problem(InvalidInputException e, Locale locale) {
    FieldProblem first = e.problems().get(0);
    return Problem.badParameter(
        locale, first.field(), first.messageKey(), first.arguments().toArray());
  }
}
