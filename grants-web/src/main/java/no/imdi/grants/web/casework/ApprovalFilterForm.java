package no.imdi.grants.web.casework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.approval.list.ApprovalFilter;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.web.shared.Messages;
import org.primefaces.component.datatable.DataTable;

/**
 * The filter of an approver's list as typed (the case number, and the kind or outcome where the
 * list has one) and as last applied: the table's pages, its export and its count all use the
 * applied one. A case number that is not {@code year/number} is refused on the field, never a 500.
 */
public class ApprovalFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String caseNumber;
  private GrantKind grantKind;
  private DecisionOutcome outcome;
  private OutcomeKind outcomeKind;
  private ApprovalFilter applied = ApprovalFilter.NONE;

  /**
   * Applies what was typed, from the table's first page; on a malformed case number the message
   * goes on the field and the filter applied before stays.
   */
  public void apply(FacesContext faces, Messages messages, String form, String table) {
    CaseNumber number = null;
    if (caseNumber != null && !caseNumber.isBlank()) {
      try {
        number = CaseNumber.parse(caseNumber.strip());
      } catch (IllegalArgumentException e) {
        faces.addMessage(
            form + ":caseNumber",
            messages.message(FacesMessage.SEVERITY_ERROR, "casegap.inbox.caseNumberInvalid"));
        faces.validationFailed();
        return;
      }
    }
    applied = new ApprovalFilter(number, grantKind, outcome, outcomeKind);
    if (faces.getViewRoot().findComponent(form + ":" + table) instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public ApprovalFilter applied() {
    return applied;
  }

  public List<GrantKind> getGrantKinds() {
    return List.of(GrantKind.values());
  }

  public List<DecisionOutcome> getOutcomes() {
    return List.of(DecisionOutcome.values());
  }

  public List<OutcomeKind> getOutcomeKinds() {
    return List.of(OutcomeKind.values());
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public GrantKind getGrantKind() {
    return grantKind;
  }

  public void setGrantKind(GrantKind grantKind) {
    this.grantKind = grantKind;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  public OutcomeKind getOutcomeKind() {
    return outcomeKind;
  }

  public void setOutcomeKind(OutcomeKind outcomeKind) {
    this.outcomeKind = outcomeKind;
  }
}
