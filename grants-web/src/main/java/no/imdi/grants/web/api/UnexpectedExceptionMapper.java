package no.imdi.grants.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.imdi.grants.rules.RuleInputs;

/**
 * Everything no other mapper took. A rule's {@link IllegalArgumentException}, also wrapped by the
 * EJB container, is bad input: 400 naming the field its message starts with, and repeating the
 * message only then (the rules write {@code measures[0].lines[1].hours is missing}); any other
 * message, such as the JDK's {@code No enum constant no.imdi...}, is not repeated, so that no class
 * name leaves the server. Anything else is a 500 problem without internals; the stack trace goes to
 * the server log (requests carry no stored personal data, and none is logged).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");
  private static final int SHOWN_MESSAGE_LENGTH = 300;

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = ApiTexts.locale(headers);
    Problem problem = problem(e, locale);
    if (problem.status() == 500) {
      LOG.log(Level.SEVERE, "REST request failed", e);
    }
    return Problems.response(problem, locale);
  }

  static Problem problem(Throwable e, Locale locale) {
    Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    if (!(cause instanceof IllegalArgumentException)) {
      return Problem.ofStatus(locale, 500, "Internal Server Error");
    }
    String message = String.valueOf(cause.getMessage());
    String field = RuleInputs.fieldOf(message, null);
    if (field == null || QUALIFIED_NAME.matcher(message).find()) {
      return Problem.badParameter(locale, "request", "api.invalid");
    }
    String shown =
        message.length() > SHOWN_MESSAGE_LENGTH
            ? message.substring(0, SHOWN_MESSAGE_LENGTH) + "…"
            : message;
    return Problem.badParameter(locale, field, "rules.invalid", shown);
  }
}
