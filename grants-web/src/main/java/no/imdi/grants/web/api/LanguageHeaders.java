package no.imdi.grants.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Says in every API response which language its texts are in ({@code Content-Language}) and that
 * the answer depends on {@code Accept-Language} ({@code Vary}), for clients and caches.
 */
@Provider
public class LanguageHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
      response
          .getHeaders()
          .putSingle(
              HttpHeaders.CONTENT_LANGUAGE,
              ApiTexts.preferred(request::getAcceptableLanguages).toLanguageTag());
    }
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
  }
}
