package no.imdi.grants.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A JSON-B parse error that reaches the resource layer unwrapped: 400 naming the body. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException e) {
    Locale locale = ApiTexts.locale(headers);
    return Problems.response(Problem.badParameter(locale, "body", "api.body"), locale);
  }
}
