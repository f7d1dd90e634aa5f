package no.imdi.grants.web.payee;

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
import no.imdi.grants.payment.payee.AccountNumber;
import no.imdi.grants.payment.payee.MunicipalityPayee;
import no.imdi.grants.payment.payee.PayeeAudit;
import no.imdi.grants.payment.payee.PayeeCommand;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * One municipality's payee on the payees page ({@code ?municipality=}): its organisation number and
 * account, the IBAN derived from what is typed, a reason, and its audit trail. What was typed stays
 * in the form when the service refuses it, with each field's problem at the field.
 */
@Named
@ViewScoped
public class PayeeBean implements Serializable {

  static final String PAGE = "/admin/payees.xhtml";
  private static final long serialVersionUID = 1L;

  @EJB private Payees payees;
  @Inject private Messages messages;

  private String municipality;
  private transient MunicipalityPayee payee;
  private long version;
  private String organisationNumber;
  private String accountNumber;
  private String reason;
  private transient List<PayeeAudit> history;
  private boolean loaded;

  public void load() {
    if (loaded || municipality == null || municipality.isBlank()) {
      return;
    }
    loaded = true;
    payee = payees.current(municipality.strip()).orElse(null);
    if (payee == null) {
      messages.error("payee.unknown");
      return;
    }
    municipality = payee.getMunicipalityNumber();
    version = payee.getVersion();
    organisationNumber = payee.getOrganisationNumber().formatted();
    accountNumber = payee.getAccount().formatted();
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (municipality == null || !loaded) {
      messages.error("payee.unknown");
      return;
    }
    try {
      boolean changed =
          payees.change(
              new PayeeCommand(municipality, version, organisationNumber, accountNumber, reason));
      messages.info(changed ? "payee.saved" : "payee.unchanged", municipality);
      reload(faces);
    } catch (InvalidInputException e) {
      messages.addProblems("payeeForm", e.problems());
      messages.error("payee.notSaved");
    } catch (ConcurrentChangeException e) {
      messages.error("payee.concurrentChange", municipality);
      faces.validationFailed();
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  private void reload(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(
          external.getRequestContextPath()
              + PAGE
              + "?municipality="
              + URLEncoder.encode(municipality, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** The IBAN of the typed account, or nothing while it is not a valid account number. */
  public String getDerivedIban() {
    if (accountNumber == null || AccountNumber.problem(accountNumber).isPresent()) {
      return null;
    }
    return AccountNumber.parse(accountNumber).iban().formatted();
  }

  /** The payee's trail, newest first. */
  public List<PayeeAudit> getHistory() {
    if (history == null && payee != null) {
      history = payees.history(municipality);
    }
    return history;
  }

  public MunicipalityPayee getPayee() {
    if (payee == null && loaded && municipality != null) {
      payee = payees.current(municipality).orElse(null);
    }
    return payee;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getOrganisationNumber() {
    return organisationNumber;
  }

  public void setOrganisationNumber(String organisationNumber) {
    this.organisationNumber = organisationNumber;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
