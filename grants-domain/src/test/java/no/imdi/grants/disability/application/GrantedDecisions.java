package no.imdi.grants.disability.application;

import java.util.List;
import java.util.Set;
import no.imdi.grants.shared.Nok;

/**
 * Approved T2 decisions on a budget for the accounts-report tests: the seed's measures (each line
 * 250 kr an hour, 12 % holiday pay, 10 % pension, zone I), the measures granted and the amount.
 */
public final class GrantedDecisions {

  private GrantedDecisions() {}

  /** Granted in full: one measure "Personlig assistanse" of {@code hours} hours. */
  public static Decision t2(long hours) {
    return t2(List.of(Cases.measure("Personlig assistanse", hours)), null, null);
  }

  /**
   * Measures of the given hours, the positions granted ({@code null}: all, granted in full) and the
   * amount of a partial grant.
   */
  public static Decision t2(List<MeasureInput> measures, Set<Integer> granted, Nok amount) {
    Application application = Cases.draft(no.imdi.grants.disability.GrantKind.T2, 1);
    application.saveDraft(Cases.content(measures), Cases.MUNICIPALITY, Cases.T0);
    for (DocumentKind kind :
        List.of(DocumentKind.CONSENT, DocumentKind.HEALTH_DOCUMENTATION, DocumentKind.BUDGET)) {
      Cases.attach(application, kind);
    }
    application.submit(Cases.inTime(), "Vurdert", Cases.MUNICIPALITY, Cases.T0);
    application.getCaseFile().take(Cases.CASEWORKER, Cases.T0);
    application.startAssessment(Cases.CASEWORKER, Cases.T0);
    DecisionDraft draft =
        granted == null
            ? DecisionDraft.grant(null)
            : new DecisionDraft(
                DecisionOutcome.PARTLY_GRANTED, amount, granted, "Delvis", null, false, false);
    Decision decision = Cases.prepare(application, draft).decision();
    decision.approve(Cases.APPROVER, Cases.T0, null);
    return decision;
  }

  public static MeasureInput measure(String name, long hours) {
    return Cases.measure(name, hours);
  }
}
