package no.imdi.grants.approval.list;

import java.io.Serializable;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.report.OutcomeKind;

/**
 * What the approver narrows a list of things waiting for approval to (maker/checker): one case
 * number, and where the list has them the application's kind and the decision's outcome (decisions)
 * or the accounts-report outcome's kind (R-REP-3, R-REP-4, R-REP-5). A field left empty does not
 * narrow; the statements list has the case number only.
 */
public record ApprovalFilter(
    CaseNumber caseNumber, GrantKind grantKind, DecisionOutcome outcome, OutcomeKind outcomeKind)
    implements Serializable {

  public static final ApprovalFilter NONE = new ApprovalFilter(null, null, null, null);

  public static ApprovalFilter orNone(ApprovalFilter filter) {
    return filter == null ? NONE : filter;
  }

  /** The filter as the export log records it, e.g. {@code case=2026/00012 kind=T2}. */
  public String describe() {
    StringBuilder text = new StringBuilder("pending");
    if (caseNumber != null) {
      text.append(" case=").append(caseNumber);
    }
    if (grantKind != null) {
      text.append(" kind=").append(grantKind);
    }
    if (outcome != null) {
      text.append(" outcome=").append(outcome);
    }
    if (outcomeKind != null) {
      text.append(" kind=").append(outcomeKind);
    }
    return text.toString();
  }
}
