package no.imdi.grants.web.user;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.NewUserCommand;
import no.imdi.grants.security.OneTimePassword;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.UserAdministration;
import no.imdi.grants.security.UserExport;
import no.imdi.grants.security.UserFilter;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The list and the new-user form of the users page: filter by role, municipality, status and name,
 * a paged and sorted table, and the creation of a user, whose one-time password is shown to the
 * administrator once, in the answer to the creation.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAdministration users;
  @EJB private UserExport userExport;
  @Inject private ExportDownload download;
  @Inject private Messages messages;
  @Inject private OneTimePasswordView oneTime;

  private Role role;
  private String municipality;
  private Boolean enabled;
  private String text;
  private UserLazyModel model;

  private String newUsername;
  private String newDisplayName;
  private String newEmail;
  private Role newRole;
  private String newMunicipality;

  public UserLazyModel getModel() {
    if (model == null) {
      model = new UserLazyModel(() -> users, this::filter);
    }
    return model;
  }

  /** The users of the filter in the table's order as CSV, through the export mechanism. */
  public void export() {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    UserFilter selection = filter();
    UserLazyModel table = getModel();
    download.send(
        UserExport.TABLE,
        format,
        request ->
            userExport.export(selection, table.currentSort(), table.currentAscending(), request));
  }

  UserFilter filter() {
    return new UserFilter(role, municipality, enabled, text);
  }

  public void create() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      OneTimePassword password =
          users.create(
              new NewUserCommand(newUsername, newDisplayName, newEmail, newRole, newMunicipality));
      oneTime.show(password);
      messages.info("users.created", password.username());
      newUsername = null;
      newDisplayName = null;
      newEmail = null;
      newRole = null;
      newMunicipality = null;
    } catch (InvalidInputException e) {
      messages.addProblems("newUserForm", e.problems());
      messages.error("users.notSaved");
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  public Role[] getRoles() {
    return Role.values();
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

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getNewMunicipality() {
    return newMunicipality;
  }

  public void setNewMunicipality(String newMunicipality) {
    this.newMunicipality = newMunicipality;
  }
}
