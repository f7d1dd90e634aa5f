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
import no.imdi.grants.rules.RuleInputs;

/**
 * Everything no other mapper took. A rule's {@link IllegalArgumentException}, also wrapped by the
 * EJB container, is bad input: 400 naming the field its message names. Anything else is a 500
 * problem without internals; the stack trace goes to the server log (requests carry no stored
 * personal data, and none is logged).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = ApiTexts.locale(headers);
    Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof IllegalArgumentException) {
      String message = String.valueOf(cause.getMessage());
      return Problems.response(
          Problem.badParameter(
              locale, RuleInputs.fieldOf(message, "request"), "rules.invalid", message),
          locale);
    }
    LOG.log(Level.SEVERE, "REST request failed", e);
    return Problems.response(Problem.ofStatus(locale, 500, "Internal Server Error"), locale);
  }
}
