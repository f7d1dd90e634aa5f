package no.imdi.grants.integrationgrant;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * How the integration grant for the calendar year of a move to another municipality is split
 * between the two municipalities (R-IG-6). The rule book marks the split rule [verify]: it is a
 * setting, and pro rata by days is the default until an administrator confirms it. The names are in
 * the reasons bundles ({@code MoveSplitRule.PRO_RATA_BY_DAYS}).
 */
public enum MoveSplitRule {
  /**
   * By days of the calendar year: the old municipality up to the day before the move, the new one
   * from the move date (*forholdsmessig etter dager*).
   */
  PRO_RATA_BY_DAYS;

  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}
