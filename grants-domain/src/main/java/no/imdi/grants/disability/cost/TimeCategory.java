package no.imdi.grants.disability.cost;

/**
 * What the hours of a cost line were spent on. Only direct user time (*direkte brukertid*), when
 * the service provider interacts with the person, is covered (R-COST-2); substitutes,
 * administrative work, training and supervision and travel time count 0, also for bought services.
 * By R-COST-4, staff present in shared housing to be available for the person, a teacher's hours
 * teaching the person with their preparation and follow-up, and an interpreter's hours in
 * conversation with the person are direct user time; an interpreter's preparation is not.
 */
public enum TimeCategory {
  DIRECT_USER_TIME(true, "direkte brukertid", "direct user time"),
  SUBSTITUTE(false, "vikarutgifter", "substitute cover"),
  ADMINISTRATION(false, "administrativt arbeid", "administrative work"),
  TRAINING(false, "opplæring og veiledning", "training and supervision"),
  TRAVEL(false, "reisetid", "travel time");

  private final boolean covered;
  private final String norwegian;
  private final String english;

  TimeCategory(boolean covered, String norwegian, String english) {
    this.covered = covered;
    this.norwegian = norwegian;
    this.english = english;
  }

  /** Whether pay for this kind of time is covered by the grant (R-COST-2). */
  public boolean covered() {
    return covered;
  }

  /** The category in bokmål, lower case: "reisetid". */
  public String norwegian() {
    return norwegian;
  }

  /** The category in English, lower case: "travel time". */
  public String english() {
    return english;
  }
}
