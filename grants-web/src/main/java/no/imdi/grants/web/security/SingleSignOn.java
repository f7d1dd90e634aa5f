package no.imdi.grants.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import no.imdi.grants.security.sso.SingleSignOnUsers;
import no.imdi.grants.security.sso.SsoIdentity;
import no.imdi.grants.security.sso.SsoRefusal;
import no.imdi.grants.web.security.IdTokenValidator.InvalidIdTokenException;
import no.imdi.grants.web.security.OidcProvider.Discovery;
import no.imdi.grants.web.security.OidcProvider.ProviderException;

/**
 * Login through the organisation's identity provider with the OpenID Connect authorization code
 * flow, run by {@link GrantsAuthenticationMechanism}: {@value #START} sends the browser to the
 * provider with a fresh state, nonce and PKCE challenge; the provider sends it back to {@value
 * #CALLBACK} with a code, which is exchanged (with the client's secret and the PKCE verifier) for
 * an ID token that is validated ({@link IdTokenValidator}) before its claims decide the role and
 * municipality ({@link SingleSignOnUsers}). The session then holds the same {@link SessionCaller}
 * as a local login, so the container is given the caller's name and role explicitly on every
 * request. A refused login ends on a page that says why, with no session.
 */
@ApplicationScoped
public class SingleSignOn {

  static final String START = "/sso/login";
  static final String CALLBACK = "/sso/callback";
  static final String REFUSED = "/sso-refused.xhtml?reason=";

  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  @Inject private OidcSettings settings;
  @Inject private OidcProvider provider;
  @Inject private Clock clock;
  @EJB private SingleSignOnUsers users;

  /** Whether this request is a step of the flow (only when a provider is configured). */
  boolean handles(String path) {
    return settings.configured() && (START.equals(path) || CALLBACK.equals(path));
  }

  AuthenticationStatus handle(
      String path, HttpServletRequest request, HttpServletResponse response) {
    if (!"GET".equals(request.getMethod())) {
      return GrantsAuthenticationMechanism.redirect(request, response, "/login.xhtml");
    }
    return START.equals(path) ? start(request, response) : callback(request, response);
  }

  private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response) {
    Discovery discovery;
    try {
      discovery = provider.discovery();
    } catch (ProviderException e) {
      return failed(request, response, "provider not reachable: " + e.getMessage());
    }
    SsoFlow flow = SsoFlow.start(clock.instant());
    request.getSession(true).setAttribute(SsoFlow.ATTRIBUTE, flow);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", redirectUri(request));
    query.put("scope", settings.scope());
    query.put("state", flow.state());
    query.put("nonce", flow.nonce());
    query.put("code_challenge", flow.challenge());
    query.put("code_challenge_method", "S256");
    query.put("ui_locales", request.getLocale().getLanguage().equals("en") ? "en" : "nb");
    String endpoint = discovery.authorizationEndpoint();
    return external(
        response, endpoint + (endpoint.contains("?") ? "&" : "?") + OidcProvider.formOf(query));
  }

  private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    Object pending = session == null ? null : session.getAttribute(SsoFlow.ATTRIBUTE);
    if (session != null) {
      session.removeAttribute(SsoFlow.ATTRIBUTE);
    }
    Instant now = clock.instant();
    if (!(pending instanceof SsoFlow flow) || !flow.answers(request.getParameter("state"), now)) {
      return failed(request, response, "no login of this session waits for this answer (state)");
    }
    if (request.getParameter("error") != null) {
      return failed(request, response, "the provider answered " + request.getParameter("error"));
    }
    String iss = request.getParameter("iss");
    if (iss != null && !settings.issuer().equals(iss)) {
      return failed(request, response, "answer from issuer " + iss);
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      return failed(request, response, "no code");
    }
    String idToken;
    JsonObject claims;
    try {
      JsonObject tokens = provider.exchange(code, flow.verifier(), redirectUri(request));
      idToken = IdTokenValidator.string(tokens, "id_token");
      claims =
          IdTokenValidator.validate(
              idToken, provider::key, settings.issuer(), settings.clientId(), flow.nonce(), now);
    } catch (ProviderException | InvalidIdTokenException e) {
      return failed(request, response, "ID token refused: " + e.getMessage());
    }
    SsoIdentity identity = SsoClaims.identity(claims, settings);
    SingleSignOnUsers.Outcome outcome = signIn(identity, request.getRemoteAddr());
    if (outcome.refused()) {
      return refuse(request, response, outcome.refusal());
    }
    request.changeSessionId();
    session.setAttribute(
        SessionCaller.ATTRIBUTE,
        new SessionCaller(
            outcome.username(), Set.of(outcome.role().name()), clock.instant(), false));
    session.setAttribute(SsoSession.ATTRIBUTE, new SsoSession(idToken));
    String back =
        ReturnTo.safe((String) session.getAttribute(GrantsAuthenticationMechanism.RETURN_TO));
    session.removeAttribute(GrantsAuthenticationMechanism.RETURN_TO);
    return GrantsAuthenticationMechanism.redirect(
        request, response, back == null ? "/index.xhtml" : back);
  }

  /**
   * The provider's logout for this session (RP-initiated logout, with the ID token as hint and the
   * login page to come back to), or null when the provider has none.
   */
  String logoutUrl(HttpServletRequest request, SsoSession session) {
    String endpoint = provider.knownDiscovery().map(Discovery::endSessionEndpoint).orElse(null);
    if (endpoint == null || !settings.configured()) {
      return null;
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("id_token_hint", session.idToken());
    query.put("client_id", settings.clientId());
    query.put(
        "post_logout_redirect_uri", applicationUrl(request) + LoginBean.LOGGED_OUT.substring(1));
    return endpoint + (endpoint.contains("?") ? "&" : "?") + OidcProvider.formOf(query);
  }

  /** Two first logins of one user at once: the second finds the row the first created. */
  private SingleSignOnUsers.Outcome signIn(SsoIdentity identity, String address) {
    try {
      return users.signIn(identity, address);
    } catch (EJBException e) {
      LOG.info(() -> "Single sign-on of " + identity.username() + " once more after " + e);
      return users.signIn(identity, address);
    }
  }

  /** The address the provider sends the browser back to; the provider checks it is registered. */
  String redirectUri(HttpServletRequest request) {
    return applicationUrl(request) + CALLBACK.substring(1);
  }

  /** The application's own address, with a trailing slash. */
  String applicationUrl(HttpServletRequest request) {
    return settings
        .applicationUrl()
        .orElseGet(
            () -> {
              int port = request.getServerPort();
              boolean usual =
                  ("http".equals(request.getScheme()) && port == 80)
                      || ("https".equals(request.getScheme()) && port == 443);
              return request.getScheme()
                  + "://"
                  + request.getServerName()
                  + (usual ? "" : ":" + port)
                  + request.getContextPath()
                  + "/";
            });
  }

  private AuthenticationStatus failed(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    users.failed(detail, request.getRemoteAddr());
    return refuse(request, response, SsoRefusal.FAILED);
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, SsoRefusal refusal) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return GrantsAuthenticationMechanism.redirect(request, response, REFUSED + refusal.name());
  }

  private static AuthenticationStatus external(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", location);
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
