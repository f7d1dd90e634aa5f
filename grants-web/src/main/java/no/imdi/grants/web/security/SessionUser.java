package no.imdi.grants.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.UserDirectory;

/** The logged-in user as the pages need them: name, role, and where their home page is. */
@Named
@RequestScoped
public class SessionUser {

  @Inject private SecurityContext securityContext;
  @Inject private UserDirectory users;
  @Inject private FacesContext faces;

  static final String DASHBOARD = "/app/dashboard.xhtml";

  private AppUser user;

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public AppUser getUser() {
    if (user == null && isLoggedIn()) {
      user = users.find(securityContext.getCallerPrincipal().getName()).orElse(null);
    }
    return user;
  }

  public boolean isSeesSettlements() {
    AppUser u = getUser();
    return u != null && (u.getRole().isImdi() || u.getRole().belongsToMunicipality());
  }

  public boolean isRegisters() {
    return securityContext.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME)
        || securityContext.isCallerInRole(Role.IMDI_CASEWORKER_NAME);
  }

  public boolean isImdi() {
    AppUser u = getUser();
    return u != null && u.getRole().isImdi();
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole(Role.ADMIN_NAME);
  }

  /** The administrator (IMDi's data protection role) and municipality caseworkers. */
  public boolean isReviewsAccessLog() {
    return securityContext.isCallerInRole(Role.ADMIN_NAME)
        || securityContext.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME);
  }

  public boolean isMunicipalityUser() {
    AppUser u = getUser();
    return u != null && u.getRole().belongsToMunicipality();
  }

  /**
   * Sends the user to the page every role starts on: the overview (*oversikt*) of the role's own
   * figures; the pages it used to start on stay in the menu.
   */
  public void home() throws IOException {
    String context = faces.getExternalContext().getRequestContextPath();
    String page = !isLoggedIn() ? "/login.xhtml" : DASHBOARD;
    faces.getExternalContext().redirect(context + page);
  }
}
