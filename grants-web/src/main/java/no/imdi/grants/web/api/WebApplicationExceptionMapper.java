package no.imdi.grants.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The JAX-RS runtime's own refusals as problems: 404 for an unknown path, 405 for a method the path
 * does not have, 406 and 415 for media types, 400 for a body that cannot be read; the response's
 * headers (such as {@code Allow}) are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Locale locale = ApiTexts.locale(headers);
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    Problem problem =
        status == 400
            ? Problem.badParameter(locale, "body", "api.body")
            : Problem.ofStatus(
                locale,
                status,
                Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status
                    : Response.Status.fromStatusCode(status).getReasonPhrase());
    Response.ResponseBuilder builder = Response.fromResponse(Problems.response(problem, locale));
    if (original != null) {
      original
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                  values.forEach(value -> builder.header(name, value));
                }
              });
    }
    return builder.build();
  }
}
