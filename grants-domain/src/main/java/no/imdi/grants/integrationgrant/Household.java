package no.imdi.grants.integrationgrant;

import java.util.Locale;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.ReasonTexts;

/**
 * The person's place in the household at settlement, which decides the year-1 rate of the
 * integration grant (R-IG-4): a single adult (*enslig voksen*, {@code AR-1-EV}), an adult in a
 * family (*voksen i familie*, {@code AR-1}) or a child (*barn*, {@code AR-1-B}). The names are in
 * the reasons bundles ({@code Household.CHILD}).
 */
public enum Household {
  SINGLE_ADULT(RateCode.AR_1_EV),
  ADULT_IN_FAMILY(RateCode.AR_1),
  CHILD(RateCode.AR_1_B);

  private final RateCode yearOneCode;

  Household(RateCode yearOneCode) {
    this.yearOneCode = yearOneCode;
  }

  public RateCode yearOneCode() {
    return yearOneCode;
  }

  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}
