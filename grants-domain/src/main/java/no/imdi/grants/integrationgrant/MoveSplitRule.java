package no.imdi.grants.integrationgrant;

/**
 * How the integration grant for the calendar year of a move to another municipality is split
 * between the two municipalities (R-IG-6). The rule book marks the split rule [verify]: it is a
 * setting, and pro rata by days is the default until an administrator confirms it.
 */
public enum MoveSplitRule {
  /**
   * By days of the calendar year: the old municipality up to the day before the move, the new one
   * from the move date (*forholdsmessig etter dager*).
   */
  PRO_RATA_BY_DAYS("forholdsmessig etter dager i kalenderåret", "pro rata by days of the year");

  private final String norwegian;
  private final String english;

  MoveSplitRule(String norwegian, String english) {
    this.norwegian = norwegian;
    this.english = english;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }
}
