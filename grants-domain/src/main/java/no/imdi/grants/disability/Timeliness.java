package no.imdi.grants.disability;

/**
 * Whether an application arrived in time (R-DL-6). A late application is to be dismissed
 * (<i>avvist</i>), and the dismissal is an individual decision the municipality can appeal
 * (R-AP-2).
 */
public enum Timeliness {
  IN_TIME,
  TO_BE_DISMISSED
}
