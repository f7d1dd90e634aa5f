package no.imdi.grants.web.payee;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.imdi.grants.payment.payee.Debtor;
import no.imdi.grants.payment.payee.DebtorAdministration;
import no.imdi.grants.payment.payee.DebtorCommand;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The form of IMDi as the payer on the payees page: name, organisation number, account, BIC and
 * whether they are verified against the bank agreement, with a reason. What was typed stays when
 * the service refuses it, each problem at its field.
 */
@Named
@ViewScoped
public class DebtorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Payees payees;
  @EJB private DebtorAdministration administration;
  @Inject private Messages messages;

  private boolean filled;
  private long version;
  private String name;
  private String organisationNumber;
  private String accountNumber;
  private String bic;
  private boolean verified;
  private String reason;

  private void fill() {
    if (filled) {
      return;
    }
    filled = true;
    Debtor debtor = payees.debtor();
    version = administration.version();
    name = debtor.name();
    organisationNumber = debtor.organisationNumber().formatted();
    accountNumber = debtor.account().formatted();
    bic = debtor.bic();
    verified = debtor.verified();
  }

  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    fill();
    try {
      boolean changed =
          administration.change(
              new DebtorCommand(
                  version, name, organisationNumber, accountNumber, bic, verified, reason));
      messages.info(changed ? "payee.debtor.saved" : "payee.debtor.unchanged");
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return "/admin/payees?faces-redirect=true";
    } catch (InvalidInputException e) {
      messages.addProblems("debtorForm", e.problems());
      messages.error("payee.notSaved");
    } catch (ConcurrentChangeException e) {
      messages.error("payee.debtor.concurrentChange");
      faces.validationFailed();
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
    return null;
  }

  public String getName() {
    fill();
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrganisationNumber() {
    fill();
    return organisationNumber;
  }

  public void setOrganisationNumber(String organisationNumber) {
    this.organisationNumber = organisationNumber;
  }

  public String getAccountNumber() {
    fill();
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getBic() {
    fill();
    return bic;
  }

  public void setBic(String bic) {
    this.bic = bic;
  }

  public boolean isVerified() {
    fill();
    return verified;
  }

  public void setVerified(boolean verified) {
    this.verified = verified;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
