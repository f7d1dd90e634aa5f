package no.imdi.grants.complaint;

/**
 * Whether a complaint came in time: within the deadline (R-AP-4); late, but within a year of the
 * decision, so it may still be considered if the party cannot be blamed for the delay or special
 * reasons make it reasonable (fvl § 31, R-AP-5); or too late, more than a year after the decision,
 * so it must be dismissed (*avvist*).
 */
public enum Timeliness {
  IN_TIME,
  LATE_MAY_BE_CONSIDERED,
  TOO_LATE
}
