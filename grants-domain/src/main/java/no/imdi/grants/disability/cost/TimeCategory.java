package no.imdi.grants.disability.cost;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * What the hours of a cost line were spent on. Only direct user time (*direkte brukertid*), when
 * the service provider interacts with the person, is covered (R-COST-2); substitutes,
 * administrative work, training and supervision and travel time count 0, also for bought services.
 * By R-COST-4, staff present in shared housing to be available for the person, a teacher's hours
 * teaching the person with their preparation and follow-up, and an interpreter's hours in
 * conversation with the person are direct user time; an interpreter's preparation is not.
 */
public enum TimeCategory {
  DIRECT_USER_TIME(true),
  SUBSTITUTE(false),
  ADMINISTRATION(false),
  TRAINING(false),
  TRAVEL(false);

  private final boolean covered;

  TimeCategory(boolean covered) {
    this.covered = covered;
  }

  /** Whether pay for this kind of time is covered by the grant (R-COST-2). */
  public boolean covered() {
    return covered;
  }

  /** The category in bokmål, lower case: "reisetid" (the bundle's {@code TimeCategory.TRAVEL}). */
  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  /** The category in English, lower case: "travel time". */
  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}
