package no.imdi.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import no.imdi.grants.security.LoginThrottle;

/**
 * The login of the pages. A login (the login form's POST, through {@code
 * SecurityContext.authenticate}) is throttled per account and address, checked against the identity
 * store, and kept in the HTTP session as the caller's name and groups; every later request of the
 * session hands that name and those groups to the container explicitly.
 *
 * <p>This replaces {@code @CustomFormAuthenticationMechanismDefinition}, whose remembered session
 * ({@code @AutoApplySession}) passes the container only the session's principal and relies on
 * Payara finding the groups through a thread-bound security context, which under concurrent load is
 * sometimes missing (payara/Payara#6145): the caller then reached the EJBs without roles. An
 * unauthenticated request for a protected page is sent to the login page with a path-only redirect
 * (no Host header reflected); an AJAX request gets a partial-response redirect.
 */
@ApplicationScoped
public class GrantsAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String WAIT_ATTRIBUTE = "no.imdi.grants.login.wait";
  static final String RETURN_TO = "no.imdi.grants.login.returnTo";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private LoginThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return login(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    Object caller = session == null ? null : session.getAttribute(SessionCaller.ATTRIBUTE);
    if (caller instanceof SessionCaller c) {
      return context.notifyContainerAboutLogin(c.name(), c.groups());
    }
    if (context.isProtected()) {
      return toLoginPage(request, response);
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!"POST".equals(request.getMethod())
        || !(credential instanceof UsernamePasswordCredential password)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = password.getCaller();
    String address = request.getRemoteAddr();
    Duration wait = throttle.admit(username, address);
    if (!wait.isZero()) {
      request.setAttribute(WAIT_ATTRIBUTE, wait);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username);
    String name = result.getCallerPrincipal().getName();
    Set<String> groups = Set.copyOf(result.getCallerGroups());
    request.getSession(true).setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller(name, groups));
    return context.notifyContainerAboutLogin(name, groups);
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response) {
    String login = request.getContextPath() + LOGIN_PAGE;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } else {
        if ("GET".equals(request.getMethod())) {
          request.getSession(true).setAttribute(RETURN_TO, ReturnTo.of(request));
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", login);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SessionCaller.ATTRIBUTE);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
