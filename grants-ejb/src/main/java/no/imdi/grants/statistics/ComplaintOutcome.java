package no.imdi.grants.statistics;

/**
 * How a complaint ended, as the statistics count it: still open (with IMDi or the ministry),
 * dismissed as too late by IMDi (R-AP-5), reversed by IMDi (R-AP-6: IMDi changes its own decision),
 * or decided by the ministry (R-AP-7: dismissed, upheld, changed, annulled).
 */
public enum ComplaintOutcome {
  OPEN,
  DISMISSED_LATE,
  REVERSED,
  MINISTRY_DISMISSED,
  MINISTRY_UPHELD,
  MINISTRY_CHANGED,
  MINISTRY_ANNULLED
}
