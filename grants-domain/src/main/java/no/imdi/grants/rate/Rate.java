package no.imdi.grants.rate;

import java.util.Objects;
import no.imdi.grants.shared.Nok;

/**
 * One row of the rate table: the amount (or cap) of a grant code for a calendar year, where it
 * comes from, and whether an administrator has verified it against the state budget or circular.
 * Unverified rows are shown as such wherever they are used.
 */
public record Rate(RateCode code, int year, Nok amount, boolean verified, String source) {

  public Rate {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(amount, "amount");
  }
}
