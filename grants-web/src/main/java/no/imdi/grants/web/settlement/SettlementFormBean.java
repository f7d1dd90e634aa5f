package no.imdi.grants.web.settlement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.settlement.SettlementCommand;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.Failures;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import org.primefaces.PrimeFaces;

/**
 * The form that registers a settlement or corrects one. What was typed stays on the page when the
 * save finds problems, and every problem of the save is shown at once next to its field: what the
 * form could not read (a date that does not exist) together with what the service's check finds. A
 * save after someone else's save is refused with a message instead of overwriting it. A valid
 * national id fills in the birth date and the sex as it is typed. Save and Cancel go back where the
 * form was opened from: a correction to the person, a new registration to the settlements list as
 * it was left. A settlement the caller may not see is answered as one that does not exist (404).
 */
@Named
@ViewScoped
public class SettlementFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettlementService service;
  @EJB private MunicipalityDirectory municipalityDirectory;
  @Inject private SessionUser sessionUser;
  @Inject private Messages messages;
  @Inject private ListMemory listMemory;

  private String idParam;
  private Long id;
  private Long personId;
  private SettlementForm form = new SettlementForm();
  private boolean loaded;
  private List<Municipality> municipalities;
  private boolean filledFromNationalId;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    id = Ids.parse(idParam);
    if (idParam != null && !idParam.isEmpty() && id == null) {
      Pages.refuse(FacesContext.getCurrentInstance(), 404);
      return;
    }
    try {
      if (id != null) {
        form = SettlementForm.of(service.forEdit(id));
        personId = service.personOf(id);
      } else if (sessionUser.isMunicipalityUser()) {
        form.setMunicipalityNumber(sessionUser.getUser().getMunicipalityNumber());
      }
    } catch (AccessDeniedException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 404);
    } catch (EJBAccessException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public String save() throws IOException {
    try {
      InputProblems typed = new InputProblems();
      SettlementCommand command = form.toCommand(id, typed);
      if (!typed.isEmpty()) {
        throw new InvalidInputException(typed.with(service.check(command)));
      }
      if (command.isNew()) {
        service.register(command);
        messages.info("settlement.registered", form.getGivenName() + " " + form.getFamilyName());
      } else {
        service.correct(command);
        messages.info("settlement.saved", form.getGivenName() + " " + form.getFamilyName());
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return personId == null
          ? listMemory.outcome()
          : "/app/person?faces-redirect=true&id=" + personId;
    } catch (InvalidInputException e) {
      messages.addProblems("settlementForm", e.problems());
      messages.error("settlement.notSaved");
    } catch (ConcurrentChangeException e) {
      messages.error("settlement.concurrentChange");
      FacesContext.getCurrentInstance().validationFailed();
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("settlement.denied");
      FacesContext.getCurrentInstance().validationFailed();
    } catch (jakarta.ejb.EJBException e) {
      if (!Failures.causedBy(e, jakarta.persistence.OptimisticLockException.class)) {
        throw e;
      }
      messages.error("settlement.concurrentChange");
      FacesContext.getCurrentInstance().validationFailed();
    }
    return null;
  }

  /** The national id was changed: a valid one gives the birth date and the sex. */
  public void nationalIdChanged() {
    filledFromNationalId = form.fillFromNationalId();
    // the browser sets the two fields' values (forms.js) instead of the fields being drawn again:
    // a field being typed in keeps its focus and its keystrokes even if the answer comes late, and
    // an id still being typed (or a wrong one) leaves what the user typed there
    if (filledFromNationalId) {
      PrimeFaces.current()
          .executeScript(
              "grantsForms.fillFromNationalId('settlementForm','"
                  + form.getBirthDate().display()
                  + "','"
                  + form.getSex().name()
                  + "')");
    }
  }

  /** Whether the birth date and the sex were just filled in from the national id. */
  public boolean isFilledFromNationalId() {
    return filledFromNationalId;
  }

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = municipalityDirectory.all();
    }
    return municipalities;
  }

  /** Where Cancel goes: the person of a correction, or the list a new registration came from. */
  public String getCancelHref() {
    if (personId == null) {
      return listMemory.getHref();
    }
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/person.xhtml?id="
        + personId;
  }

  public boolean isNew() {
    return id == null;
  }

  public TargetGroup[] getTargetGroups() {
    return TargetGroup.values();
  }

  public UdiHousing[] getUdiHousings() {
    return UdiHousing.values();
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public SettlementForm getForm() {
    return form;
  }
}
