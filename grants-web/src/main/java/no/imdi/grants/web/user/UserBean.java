package no.imdi.grants.web.user;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.UserAdministration;
import no.imdi.grants.security.UserAudit;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * One user on the users page ({@code ?user=}): what the account is, a new role or municipality,
 * disable or enable, a password reset (the one-time password shown once), and the account's audit
 * trail. The service refuses what the rules forbid (one's own role or account, the last enabled
 * administrator) and a change of an account someone else changed since it was opened; the page says
 * why. After a change the page reloads itself with the trail.
 */
@Named
@ViewScoped
public class UserBean implements Serializable {

  static final String PAGE = "/admin/users.xhtml";
  private static final long serialVersionUID = 1L;

  @EJB private UserAdministration users;
  @Inject private Messages messages;
  @Inject private OneTimePasswordView oneTime;

  private String username;
  private AppUser user;
  private long version;
  private Role role;
  private String municipality;
  private transient List<UserAudit> history;
  private boolean loaded;

  public void load() {
    if (loaded || username == null || username.isBlank()) {
      return;
    }
    loaded = true;
    user = users.find(username).orElse(null);
    if (user == null) {
      messages.error("users.unknown");
      return;
    }
    version = user.getVersion();
    role = user.getRole();
    municipality = user.getMunicipalityNumber();
  }

  public void assign() {
    act(
        () -> {
          boolean changed = users.assign(username, version, role, municipality);
          messages.info(changed ? "users.assigned" : "users.unchanged", username);
          reload();
        });
  }

  public void disable() {
    act(
        () -> {
          users.disable(username, version);
          messages.info("users.disabled", username);
          reload();
        });
  }

  public void enable() {
    act(
        () -> {
          users.enable(username, version);
          messages.info("users.enabled", username);
          reload();
        });
  }

  public void resetPassword() {
    act(
        () -> {
          oneTime.show(users.resetPassword(username, version));
          messages.info("users.reset", username);
          user = users.find(username).orElse(user);
          version = user.getVersion();
          history = null;
        });
  }

  private void act(Runnable change) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (user == null) {
      messages.error("users.unknown");
      return;
    }
    try {
      change.run();
    } catch (InvalidInputException e) {
      for (FieldProblem problem : e.problems()) {
        if (isFieldInput(problem)) {
          messages.addProblems("userForm", List.of(problem));
        } else {
          messages.error("problem." + problem.messageKey(), problem.arguments().toArray());
        }
      }
      faces.validationFailed();
    } catch (ConcurrentChangeException e) {
      messages.error("users.concurrentChange", username);
      faces.validationFailed();
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  /** A problem of what was typed (shown at its field), not a rule that refuses the change. */
  private static boolean isFieldInput(FieldProblem problem) {
    String key = problem.messageKey();
    return (problem.field().equals("role") || problem.field().equals("municipality"))
        && !key.startsWith("user.self.")
        && !key.startsWith("user.lastAdmin.");
  }

  private void reload() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(
          external.getRequestContextPath()
              + PAGE
              + "?user="
              + URLEncoder.encode(username, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** The account's audit trail, newest first. */
  public List<UserAudit> getHistory() {
    if (history == null && user != null) {
      history = users.history(username);
    }
    return history;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AppUser getUser() {
    return user;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }
}
