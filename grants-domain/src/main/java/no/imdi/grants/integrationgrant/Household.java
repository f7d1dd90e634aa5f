package no.imdi.grants.integrationgrant;

import no.imdi.grants.rate.RateCode;

/**
 * The person's place in the household at settlement, which decides the year-1 rate of the
 * integration grant (R-IG-4): a single adult (*enslig voksen*, {@code AR-1-EV}), an adult in a
 * family (*voksen i familie*, {@code AR-1}) or a child (*barn*, {@code AR-1-B}).
 */
public enum Household {
  SINGLE_ADULT(RateCode.AR_1_EV, "enslig voksen", "single adult"),
  ADULT_IN_FAMILY(RateCode.AR_1, "voksen i familie", "adult in a family"),
  CHILD(RateCode.AR_1_B, "barn", "child");

  private final RateCode yearOneCode;
  private final String norwegian;
  private final String english;

  Household(RateCode yearOneCode, String norwegian, String english) {
    this.yearOneCode = yearOneCode;
    this.norwegian = norwegian;
    this.english = english;
  }

  public RateCode yearOneCode() {
    return yearOneCode;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }
}
