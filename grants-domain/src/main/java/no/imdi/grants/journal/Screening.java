package no.imdi.grants.journal;

/**
 * Whether a journal entry is screened from public access (Noark *skjerming*), and on what legal
 * basis. Health data is exempt from public access and subject to confidentiality (*offl. § 13, jf.
 * fvl. § 13*); reading a screened document is written to the access log.
 */
public enum Screening {
  NONE(null),
  HEALTH_DATA("offl. § 13, jf. fvl. § 13");

  private final String legalBasis;

  Screening(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The screening basis as the journal prints it, or {@code null} when not screened. */
  public String legalBasis() {
    return legalBasis;
  }

  public boolean screened() {
    return this != NONE;
  }
}
