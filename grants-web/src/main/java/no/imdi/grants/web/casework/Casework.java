package no.imdi.grants.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * What the case work pages and the menu ask about the caller's role (IMDi's work queue, the
 * approver's list, the municipality's inbox), and amounts and dates as the pages write them ({@code
 * 1 520 000 kr}, {@code 13.10.2023}).
 */
@Named("casework")
@RequestScoped
public class Casework {

  @Inject private SecurityContext security;

  /** IMDi's caseworkers work the queue; approvers may look at it. */
  public boolean isSeesQueue() {
    return isCaseworker() || isApprover();
  }

  public boolean isCaseworker() {
    return security.isCallerInRole(Role.IMDI_CASEWORKER_NAME);
  }

  public boolean isApprover() {
    return security.isCallerInRole(Role.IMDI_APPROVER_NAME);
  }

  /** The ministry sees the complaints forwarded to it, and nothing else (R-AP-7). */
  public boolean isMinistry() {
    return security.isCallerInRole(Role.MINISTRY_NAME);
  }

  public boolean isHasInbox() {
    return security.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME);
  }

  public String amount(Nok amount) {
    return amount == null ? "" : Formats.amount(amount);
  }

  /** An amount kept as kroner and øre ({@code BigDecimal}, as a decision's measures keep it). */
  public String kroner(BigDecimal amount) {
    return amount == null ? "" : Formats.amount(amount);
  }

  public String date(LocalDate date) {
    return date == null ? "" : Formats.date(date);
  }
}
