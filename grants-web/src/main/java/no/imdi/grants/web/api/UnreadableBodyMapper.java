package no.imdi.grants.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body that is not JSON, or not JSON of the expected shape (a string where a number
 * belongs): 400 with a problem naming the {@code body}. The JSON-B provider reports it as a {@link
 * ProcessingException} around a {@link JsonbException}; any other processing failure is a 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    Locale locale = ApiTexts.locale(headers);
    if (isJsonProblem(e)) {
      return Problems.response(Problem.badParameter(locale, "body", "api.body"), locale);
    }
    LOG.log(Level.SEVERE, "REST request failed", e);
    return Problems.response(Problem.ofStatus(locale, 500, "Internal Server Error"), locale);
  }

  static boolean isJsonProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}
