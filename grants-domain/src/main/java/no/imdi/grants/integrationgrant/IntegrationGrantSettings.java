package no.imdi.grants.integrationgrant;

import java.util.Objects;

/**
 * The integration grant's settings that the rule book marks [verify], kept in data rather than
 * code: how many grant years a family member who came by family immigration to a person with
 * residence on humanitarian grounds triggers (R-IG-2; secondary sources say 3), and how the grant
 * of the year of a move is split (R-IG-6). Each carries whether an administrator has verified it;
 * the explanations say so while it is not.
 */
public record IntegrationGrantSettings(
    int familyOfHumanitarianYears,
    boolean familyOfHumanitarianYearsVerified,
    MoveSplitRule moveSplit,
    boolean moveSplitVerified) {

  public IntegrationGrantSettings {
    if (familyOfHumanitarianYears < 1 || familyOfHumanitarianYears > GrantPeriod.FULL_YEARS) {
      throw new IllegalArgumentException(
          "familyOfHumanitarianYears must be 1 to "
              + GrantPeriod.FULL_YEARS
              + ", was "
              + familyOfHumanitarianYears);
    }
    Objects.requireNonNull(moveSplit, "moveSplit");
  }

  /** The settings with the default move split (pro rata by days, not verified). */
  public static IntegrationGrantSettings withDefaultMoveSplit(
      int familyOfHumanitarianYears, boolean familyOfHumanitarianYearsVerified) {
    return new IntegrationGrantSettings(
        familyOfHumanitarianYears,
        familyOfHumanitarianYearsVerified,
        MoveSplitRule.PRO_RATA_BY_DAYS,
        false);
  }
}
