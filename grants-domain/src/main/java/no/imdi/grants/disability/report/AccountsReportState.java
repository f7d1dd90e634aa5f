package no.imdi.grants.disability.report;

/**
 * The states of a T2 accounts report (*regnskapsrapport*, R-REP-1): the municipality's draft,
 * signed by its caseworker, submitted once its finance officer has co-signed, an outcome prepared
 * by an IMDi caseworker, and decided when a second officer has approved that outcome.
 */
public enum AccountsReportState {
  DRAFT,
  SIGNED,
  SUBMITTED,
  OUTCOME_PREPARED,
  DECIDED;

  /** Still with the municipality: reminders apply (R-REP-1). */
  public boolean withMunicipality() {
    return this == DRAFT || this == SIGNED;
  }
}
