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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.LoginThrottle;
import no.imdi.grants.security.SessionRevocations;
import no.imdi.grants.security.UserDirectory;

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
 *
 * <p>On every request the session is checked against {@link SessionRevocations}: when its user was
 * disabled or changed (role, municipality, password) after the session's login, the session is
 * invalidated at once, written to the security log, and the request goes to the login page. A user
 * who logged in with a one-time password reaches only the change-password page, and the container
 * sees no role of theirs until the password is changed.
 *
 * <p>When an identity provider is configured, the mechanism also runs the login through it ({@link
 * SingleSignOn}), which ends in the same session state; local login can then be switched off
 * ({@link OidcSettings#localLogin()}).
 */
@ApplicationScoped
public class GrantsAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String ACCESSIBILITY_PAGE = "/accessibility.xhtml";
  static final String WAIT_ATTRIBUTE = "no.imdi.grants.login.wait";
  static final String RETURN_TO = "no.imdi.grants.login.returnTo";
  static final String PASSWORD_PAGE = "/app/password.xhtml";
  static final String ENDED = "?ended=true";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private LoginThrottle throttle;
  @Inject private SessionRevocations revocations;
  @Inject private UserDirectory users;
  @Inject private SecurityLog log;
  @Inject private Clock clock;
  @Inject private SingleSignOn singleSignOn;
  @Inject private OidcSettings oidc;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = pathOf(request);
    if (singleSignOn.handles(path)) {
      return singleSignOn.handle(path, request, response);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return login(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    Object caller = session == null ? null : session.getAttribute(SessionCaller.ATTRIBUTE);
    if (caller instanceof SessionCaller c) {
      if (revocations.ended(c.name(), c.loginAt())) {
        return end(request, response, context, session, c);
      }
      if (c.passwordChangeRequired() && !mayWaitForPasswordChange(path)) {
        return redirect(request, response, PASSWORD_PAGE);
      }
      return context.notifyContainerAboutLogin(c.name(), c.activeGroups());
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, "");
    }
    return context.doNothing();
  }

  /** Ends a session whose user was disabled or changed after its login. */
  private AuthenticationStatus end(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      HttpSession session,
      SessionCaller caller) {
    session.invalidate();
    log.recordFor(
        Kind.SESSION_ENDED,
        caller.name(),
        request.getRemoteAddr(),
        request.getMethod() + " " + request.getRequestURI(),
        "Session of " + caller.loginAt() + " ended: the user was disabled or changed since");
    return context.isProtected() ? toLoginPage(request, response, ENDED) : context.doNothing();
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** What a user who must change a one-time password may still ask for: no other page. */
  static boolean mayWaitForPasswordChange(String path) {
    return !path.endsWith(".xhtml")
        || path.equals(PASSWORD_PAGE)
        || path.equals(LOGIN_PAGE)
        || path.equals(ACCESSIBILITY_PAGE)
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/error/");
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!"POST".equals(request.getMethod())
        || !oidc.localLogin()
        || !(credential instanceof UsernamePasswordCredential password)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = password.getCaller();
    String address = request.getRemoteAddr();
    Instant loginAt = clock.instant();
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
    SessionCaller caller =
        new SessionCaller(name, groups, loginAt, users.passwordChangeRequired(name));
    request.getSession(true).setAttribute(SessionCaller.ATTRIBUTE, caller);
    return context.notifyContainerAboutLogin(name, caller.activeGroups());
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, String query) {
    if ("GET".equals(request.getMethod())) {
      request.getSession(true).setAttribute(RETURN_TO, ReturnTo.of(request));
    }
    return redirect(request, response, LOGIN_PAGE + query);
  }

  /** A path-only redirect, or a partial-response redirect for an AJAX request. */
  static AuthenticationStatus redirect(
      HttpServletRequest request, HttpServletResponse response, String page) {
    String location = request.getContextPath() + page;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location
                    + "\"/></partial-response>");
      } else {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
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
