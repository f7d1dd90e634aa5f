package no.imdi.grants.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import no.imdi.grants.web.shared.Messages;

/**
 * The login form. The session gets a new id at login (no session fixation) and the user returns to
 * the page they asked for (a user with a one-time password to the change-password page); a failed
 * login says only that the username or password was wrong, a throttled one how long to wait (the
 * same for every account name, known or not).
 */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private SingleSignOn singleSignOn;

  static final String LOGGED_OUT = "/login.xhtml?loggedOut=true";

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(false));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        request.changeSessionId();
        HttpSession session = request.getSession();
        String back =
            ReturnTo.safe((String) session.getAttribute(GrantsAuthenticationMechanism.RETURN_TO));
        session.removeAttribute(GrantsAuthenticationMechanism.RETURN_TO);
        if (session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller c
            && c.passwordChangeRequired()) {
          back = GrantsAuthenticationMechanism.PASSWORD_PAGE;
        }
        external.redirect(
            external.getRequestContextPath() + (back == null ? "/index.xhtml" : back));
      }
      default -> {
        Duration wait =
            (Duration) request.getAttribute(GrantsAuthenticationMechanism.WAIT_ATTRIBUTE);
        faces.addMessage(
            null,
            wait == null
                ? messages.message(FacesMessage.SEVERITY_ERROR, "login.failed")
                : messages.message(
                    FacesMessage.SEVERITY_ERROR, "login.throttled", Math.max(1, wait.toSeconds())));
      }
    }
  }

  /**
   * Ends the session; after a login through the identity provider the browser goes on to the
   * provider's logout (when its discovery names one), which ends the provider's session too and
   * sends the browser back to the login page.
   */
  public void logout() throws IOException, jakarta.servlet.ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession session = request.getSession(false);
    Object sso = session == null ? null : session.getAttribute(SsoSession.ATTRIBUTE);
    request.logout();
    external.invalidateSession();
    String providerLogout = sso instanceof SsoSession s ? singleSignOn.logoutUrl(request, s) : null;
    external.redirect(
        providerLogout != null ? providerLogout : external.getRequestContextPath() + LOGGED_OUT);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
