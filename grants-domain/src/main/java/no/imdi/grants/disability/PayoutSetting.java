package no.imdi.grants.disability;

/**
 * How a T1 or T2 grant is paid (R-PAY-2, a fact to verify, so data rather than code): whole in the
 * first quarterly instalment after the decision (IMDi: *ekstratilskudd* is paid as a lump sum at
 * the next instalment), or, when that is switched off, a quarter in each of the next four
 * instalments. Shown as unverified until an administrator has confirmed it.
 *
 * @param wholeAtNextInstalment whether the whole grant is paid in the next instalment
 * @param verified whether an administrator has confirmed the rule
 */
public record PayoutSetting(boolean wholeAtNextInstalment, boolean verified) {

  /** Whole at the next instalment, not yet verified. */
  public static final PayoutSetting DEFAULT = new PayoutSetting(true, false);

  /** A quarter in each of the next four instalments. */
  public static final PayoutSetting QUARTERS = new PayoutSetting(false, false);
}
