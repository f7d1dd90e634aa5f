package no.imdi.grants.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits the body of every request under {@code /api} to {@link #MAX_BODY_KIB} KiB, far more than
 * the largest cost calculation ({@code CostLimits}) needs. A body whose {@code Content-Length} says
 * more is refused unread; any other body (also a chunked one) is read up to one byte past the limit
 * and refused then, else handed on from memory. Refused with 413 and a problem; over HTTP/1.1 the
 * connection is closed so that the rest of the body is not read (HTTP/2 forbids that header).
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  static final int MAX_BODY_KIB = 64;
  static final int MAX_BODY_BYTES = MAX_BODY_KIB * 1024;

  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Optional<byte[]> body =
        declaredLength(request) > MAX_BODY_BYTES
            ? Optional.empty()
            : read(request.getEntityStream(), MAX_BODY_BYTES);
    if (body.isPresent()) {
      request.setEntityStream(new ByteArrayInputStream(body.get()));
    } else {
      Locale locale = ApiTexts.preferred(request::getAcceptableLanguages);
      Problem problem =
          Problem.ofStatus(locale, 413, "Content Too Large", String.valueOf(MAX_BODY_KIB));
      Response.ResponseBuilder response = Response.fromResponse(Problems.response(problem, locale));
      if (servletRequest != null && servletRequest.getProtocol().startsWith("HTTP/1.")) {
        response.header("Connection", "close");
      }
      request.abortWith(response.build());
    }
  }

  /** The whole stream when it has at most {@code limit} bytes; empty when it has more. */
  static Optional<byte[]> read(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
  }

  private static long declaredLength(ContainerRequestContext request) {
    try {
      return request.getLength();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
