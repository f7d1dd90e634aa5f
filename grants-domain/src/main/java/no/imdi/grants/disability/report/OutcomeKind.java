package no.imdi.grants.disability.report;

/**
 * What IMDi concludes from a T2 accounts report: the whole grant recovered because the actual costs
 * fall below the T2 threshold (R-REP-5), the unused amount recovered (R-REP-4), costs above the
 * grant claimed, to be decided as an additional decision (R-REP-3), or nothing to change.
 */
public enum OutcomeKind {
  FULL_RECOVERY,
  UNDERSPEND_RECOVERY,
  OVERRUN_CLAIM,
  SETTLED;

  public boolean recovers() {
    return this == FULL_RECOVERY || this == UNDERSPEND_RECOVERY;
  }
}
