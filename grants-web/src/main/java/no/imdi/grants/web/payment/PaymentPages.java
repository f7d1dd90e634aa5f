package no.imdi.grants.web.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.payment.Ore;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.web.shared.Pages;

/**
 * What the payment pages share: who may see IMDi's run pages (its caseworkers and approvers; anyone
 * else gets 404, and the refusal is logged), and amounts in øre as the pages write them ({@code 1
 * 520 000 kr}, a change with its sign: {@code +12 000 kr}).
 */
@Named("payments")
@RequestScoped
public class PaymentPages {

  @Inject private SecurityContext security;
  @Inject private SecurityLog securityLog;

  public boolean isImdi() {
    return security.isCallerInRole(Role.IMDI_CASEWORKER_NAME)
        || security.isCallerInRole(Role.IMDI_APPROVER_NAME);
  }

  public boolean isCaseworker() {
    return security.isCallerInRole(Role.IMDI_CASEWORKER_NAME);
  }

  public boolean isApprover() {
    return security.isCallerInRole(Role.IMDI_APPROVER_NAME);
  }

  public boolean isMunicipality() {
    return security.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME)
        || security.isCallerInRole(Role.MUNICIPALITY_FINANCE_NAME);
  }

  /** Ends the request with 404 and writes the refusal to the security log. */
  public void refuse(String why) {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String query = request.getQueryString();
    securityLog.record(
        Kind.REFUSED, "GET " + request.getRequestURI() + (query == null ? "" : "?" + query), why);
    Pages.refuse(faces, 404);
  }

  public String amount(long ore) {
    return Formats.amount(Ore.nok(ore));
  }

  public String change(long ore) {
    return ore > 0 ? "+" + amount(ore) : amount(ore);
  }

  public String date(LocalDate date) {
    return Formats.date(date);
  }
}
