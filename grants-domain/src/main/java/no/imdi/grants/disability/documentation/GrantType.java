package no.imdi.grants.disability.documentation;

/**
 * The two disability grants: T1 (*tilskudd 1*), a one-off grant for grant year 1 or 2 (R-T1-1), and
 * T2 (*tilskudd 2*), granted per grant year (R-T2-1, up to 10 years under R-T2-3 and R-T2-4).
 */
public enum GrantType {
  T1,
  T2
}
