package no.imdi.grants.disability.application;

import java.time.LocalDate;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.shared.Nok;

/**
 * An application in a case's list, with its case's id: no health data, no amounts but the claimed
 * overrun a supplement decides (R-REP-3).
 */
public record ApplicationSummary(
    long id,
    long version,
    String caseNumber,
    GrantKind kind,
    int grantYear,
    ReportingBasis basis,
    ApplicationState state,
    Long conversionOf,
    String applicant,
    LocalDate receivedOn,
    LocalDate deadline,
    boolean flaggedForDismissal,
    DecisionOutcome outcome,
    long caseId,
    Long supplementOf,
    Nok supplementClaim) {

  public static ApplicationSummary of(Application a) {
    Submission s = a.getSubmission();
    return new ApplicationSummary(
        a.getId(),
        a.getVersion(),
        a.getCaseFile().getNumber().toString(),
        a.getKind(),
        a.getGrantYear(),
        a.getBasis(),
        a.getState(),
        a.isConversion() ? a.getConversionOf().getId() : null,
        a.getApplicant().getNumber(),
        s == null ? null : s.receivedOn(),
        s == null ? null : s.deadline(),
        s != null && s.toBeDismissed(),
        a.getOutcome(),
        a.getCaseFile().getId(),
        a.isSupplement() ? a.supplement().applicationId() : null,
        a.isSupplement() ? a.supplement().claim() : null);
  }
}
