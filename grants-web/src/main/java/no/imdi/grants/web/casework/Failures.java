package no.imdi.grants.web.casework;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;

/**
 * How the case work pages tell a refused action: a refusal of the case's rules by its message key
 * (with the rule id in the text), next to its field when it names one; a change someone made
 * meanwhile with the same advice as the settlement form; a refused access plainly. Nothing else is
 * caught here, so a real fault still reaches the error page.
 */
final class Failures {

  private Failures() {}

  /** Shows the failure on the form and returns true, or returns false for anything else. */
  static boolean show(Messages messages, String formId, RuntimeException failure) {
    if (failure instanceof CaseRefusedException refused) {
      FacesContext faces = FacesContext.getCurrentInstance();
      UIComponent field = field(faces, formId, refused.field());
      if (field != null) {
        faces.addMessage(
            field.getClientId(faces),
            messages.message(
                FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray()));
        if (field instanceof EditableValueHolder input) {
          input.setValid(false);
        }
        faces.validationFailed();
      } else {
        messages.error(refused.messageKey(), refused.arguments().toArray());
      }
      return true;
    }
    if (failure instanceof InvalidInputException invalid && formId != null) {
      messages.addProblems(formId, invalid.problems());
      return true;
    }
    if (failure instanceof ConcurrentChangeException) {
      messages.error("assessment.concurrentChange");
      return true;
    }
    if (failure instanceof AccessDeniedException || failure instanceof EJBAccessException) {
      messages.error("assessment.denied");
      return true;
    }
    return false;
  }

  /** The form's input the refusal names, if the form has one of that id. */
  private static UIComponent field(FacesContext faces, String formId, String name) {
    if (formId == null || name == null || faces.getViewRoot() == null) {
      return null;
    }
    try {
      return faces.getViewRoot().findComponent(formId + ":" + name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
