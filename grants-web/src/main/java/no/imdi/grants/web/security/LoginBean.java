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
import java.io.IOException;
import no.imdi.grants.web.shared.Messages;

/**
 * The login form. The session gets a new id at login (no session fixation); a failed login says
 * only that the username or password was wrong.
 */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

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
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
      }
      default ->
          faces.addMessage(null, messages.message(FacesMessage.SEVERITY_ERROR, "login.failed"));
    }
  }

  private static void logoutQuietly(HttpServletRequest request) {
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // nothing to clean up
    }
  }

  public void logout() throws IOException, jakarta.servlet.ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
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
