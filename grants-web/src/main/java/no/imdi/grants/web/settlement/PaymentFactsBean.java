package no.imdi.grants.web.settlement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.settlement.PaymentFactsCorrection;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;

/**
 * IMDi's correction of the facts the payment needs on the person page: the household position
 * (R-IG-4) and the day the settlement was registered (R-IG-5), with a reason. The form starts from
 * the register's values; what was typed stays when the service refuses it.
 */
@Named
@ViewScoped
public class PaymentFactsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentFactsCorrection correction;
  @Inject private PersonBean person;
  @Inject private Messages messages;

  private Household household;
  private DateInput registeredOn;
  private String reason;
  private boolean filled;

  private void fill() {
    if (filled || person.getRecord() == null) {
      return;
    }
    filled = true;
    Settlement s = person.getRecord().settlement();
    household = s.getHousehold();
    registeredOn = DateInput.of(s.getRegisteredOn());
  }

  public String correct() {
    Settlement s = person.getRecord().settlement();
    try {
      InputProblems typed = new InputProblems();
      LocalDate date = typed.date("registeredOn", registeredOn);
      if (!typed.isEmpty()) {
        throw new InvalidInputException(typed.with(List.of()));
      }
      boolean changed = correction.correct(s.getId(), s.getVersion(), household, date, reason);
      messages.info(changed ? "settlementPay.corrected" : "settlementPay.unchanged");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/app/person?faces-redirect=true&id=" + s.getPerson().getId();
    } catch (InvalidInputException e) {
      messages.addProblems("paymentFactsForm", e.problems());
    } catch (ConcurrentChangeException e) {
      messages.error("settlement.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("settlement.denied");
    }
    return null;
  }

  public Household[] getHouseholds() {
    return Household.values();
  }

  public Household getHousehold() {
    fill();
    return household;
  }

  public void setHousehold(Household household) {
    this.household = household;
  }

  public DateInput getRegisteredOn() {
    fill();
    return registeredOn;
  }

  public void setRegisteredOn(DateInput registeredOn) {
    this.registeredOn = registeredOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
