package no.imdi.grants.disability;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * The rate that applies to a grant year (R-RATE-1, R-RATE-2): which code, of which calendar year,
 * the amount when the rate table has a row (else {@code null}, never a guess), whether an
 * administrator has verified that row, and why.
 */
public record AppliedRate(
    RateCode code, int rateYear, Nok amount, boolean verified, Explanation explanation) {

  public AppliedRate {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(explanation, "explanation");
    if (amount == null && verified) {
      throw new IllegalArgumentException("A missing rate cannot be verified");
    }
  }

  public List<String> rules() {
    return explanation.rules();
  }

  /** Whether the rate table had a row for the code and year. */
  public boolean known() {
    return amount != null;
  }
}
