package no.imdi.grants.disability;

/**
 * The two grants of the scheme: T1 (<i>tilskudd 1</i>), a one-off grant for grant year 1 or 2, and
 * T2 (<i>tilskudd 2</i>), a yearly grant of the eligible costs up to a cap.
 */
public enum GrantKind {
  T1,
  T2
}
