package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import java.time.YearMonth;
import no.imdi.grants.shared.Nok;

/**
 * One payment line of the integration grant (R-IG-5): the instalment basis date it belongs to, its
 * payout ({@code primo april 2024}, written when read), the grant code, the share of the year's
 * rate and the amount, {@code null} when no rate is known.
 */
public record Instalment(
    LocalDate basisDate, InstalmentTerm term, String code, Share share, Nok amount) {

  static Instalment of(LocalDate basisDate, String code, Share share, Nok amount) {
    return new Instalment(basisDate, InstalmentTerm.firstOnOrAfter(basisDate), code, share, amount);
  }

  /** The payout as caseworkers write it: {@code primo april 2024}. */
  public String payout() {
    return term.payoutNorwegian(basisDate.getYear());
  }

  public YearMonth payoutMonth() {
    return term.payoutMonth(basisDate.getYear());
  }

  public String payoutEnglish() {
    return term.payoutEnglish(basisDate.getYear());
  }
}
