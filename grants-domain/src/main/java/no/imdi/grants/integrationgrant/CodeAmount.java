package no.imdi.grants.integrationgrant;

import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * A grant code with its rate for the calendar year it is paid for (R-IG-4): the amount is {@code
 * null} when no rate is known for that year, and {@code verified} is false for a rate an
 * administrator has not yet confirmed.
 */
public record CodeAmount(String code, Nok amount, boolean verified, Explanation explanation) {

  public boolean known() {
    return amount != null;
  }
}
