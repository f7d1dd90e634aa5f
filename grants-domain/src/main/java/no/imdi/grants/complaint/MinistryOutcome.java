package no.imdi.grants.complaint;

/**
 * What the ministry (Arbeids- og inkluderingsdepartementet, the appeal body) may decide on a
 * forwarded complaint (R-AP-7): dismiss the complaint (*avvise*), uphold IMDi's decision
 * (*stadfeste*), change it (*endre*), or annul it and send the case back to IMDi for a new
 * assessment (*oppheve og sende tilbake*). The decision is final.
 */
public enum MinistryOutcome {
  DISMISSED,
  UPHELD,
  CHANGED,
  ANNULLED;

  /**
   * Whether the contested decision is set aside and the application goes back to IMDi: a change
   * (IMDi decides the application on its merits as the ministry's decision says) or an annulment
   * (IMDi assesses it anew).
   */
  public boolean reopensApplication() {
    return this == CHANGED || this == ANNULLED;
  }
}
