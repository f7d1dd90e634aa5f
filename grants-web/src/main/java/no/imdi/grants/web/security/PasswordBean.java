package no.imdi.grants.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.PasswordChange;
import no.imdi.grants.security.PasswordPolicy;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The change-password page: the current password and the new one twice. After a change this session
 * continues (with the user's role, when it was a one-time password) while the user's other sessions
 * end; the user goes to their start page. The fields are never shown again.
 */
@Named
@RequestScoped
public class PasswordBean {

  @EJB private PasswordChange passwords;
  @Inject private Messages messages;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  /** Whether the user logged in with a one-time password that must be changed first. */
  public boolean isRequired() {
    return caller() != null && caller().passwordChangeRequired();
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }

  public void change() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      PasswordChange.Changed changed =
          passwords.change(currentPassword, newPassword, repeatPassword);
      SessionCaller before = caller();
      ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
      if (before != null) {
        session()
            .setAttribute(
                SessionCaller.ATTRIBUTE,
                new SessionCaller(
                    before.name(), Set.of(changed.role().name()), changed.sessionFrom(), false));
      }
      messages.info("password.changed");
      ExternalContext external = faces.getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
    } catch (InvalidInputException e) {
      messages.addProblems("passwordForm", e.problems());
      messages.error("password.notChanged");
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(faces, 403);
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  private static SessionCaller caller() {
    HttpSession session = session();
    return session != null
            && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller c
        ? c
        : null;
  }

  private static HttpSession session() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getSession(false);
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
