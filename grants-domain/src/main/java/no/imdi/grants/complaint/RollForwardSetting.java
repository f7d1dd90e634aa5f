package no.imdi.grants.complaint;

/**
 * The setting that decides whether a complaint deadline whose last day is a Saturday, Sunday or
 * public holiday moves to the next working day (domstolloven § 149 applied by analogy, R-AP-3). The
 * rule book marks this as a fact to verify, so it is data, not code: on by default, and shown as
 * unverified in explanations until an administrator has confirmed it.
 *
 * @param enabled whether the deadline is moved to the next working day
 * @param verified whether an administrator has confirmed the rule
 */
public record RollForwardSetting(boolean enabled, boolean verified) {

  /** On, not yet verified: the setting before an administrator has looked at it. */
  public static final RollForwardSetting DEFAULT = new RollForwardSetting(true, false);

  /** The setting switched off (the deadline stays on the plain three-week date). */
  public static final RollForwardSetting OFF = new RollForwardSetting(false, false);
}
