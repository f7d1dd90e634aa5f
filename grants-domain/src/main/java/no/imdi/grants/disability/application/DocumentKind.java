package no.imdi.grants.disability.application;

/**
 * What an attached document is, by the checklist item it answers (R-DOC), and whether it holds
 * health data by its kind: the consent (it names the health personnel), health documentation,
 * individual decisions on health and care services, the PPT's assessment and the description of the
 * measures all do; a budget and an accounts report do not. A document of another kind says itself
 * whether it holds health data.
 */
public enum DocumentKind {
  CONSENT("R-DOC-1", true),
  HEALTH_DOCUMENTATION("R-DOC-2", true),
  MEASURES("R-DOC-3", true),
  BUDGET("R-DOC-4", false),
  ACCOUNTS_REPORT("R-REP-2", false),
  INDIVIDUAL_DECISION("R-DOC-5", true),
  PPT_ASSESSMENT("R-DOC-6", true),
  NEW_CONSENT("R-DOC-9", true),
  OTHER(null, false);

  private final String rule;
  private final boolean healthData;

  DocumentKind(String rule, boolean healthData) {
    this.rule = rule;
    this.healthData = healthData;
  }

  /** The checklist rule the document answers, or {@code null} for another document. */
  public String rule() {
    return rule;
  }

  /** Whether a document of this kind always holds health data. */
  public boolean healthData() {
    return healthData;
  }
}
