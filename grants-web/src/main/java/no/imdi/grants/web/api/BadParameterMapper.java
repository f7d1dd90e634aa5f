package no.imdi.grants.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A parameter that cannot be read: 400 with a problem naming it. */
@Provider
public class BadParameterMapper implements ExceptionMapper<BadParameterException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BadParameterException e) {
    Locale locale = ApiTexts.locale(headers);
    return Problems.response(
        Problem.badParameter(locale, e.parameter(), e.messageKey(), e.arguments().toArray()),
        locale);
  }
}
