package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import java.time.YearMonth;
import no.imdi.grants.shared.Nok;

/**
 * One payment line of the integration grant (R-IG-5): the instalment basis date it belongs to, its
 * payout (as a label such as {@code primo april 2024}), the grant code, the share of the year's
 * rate and the amount, {@code null} when no rate is known.
 */
public record Instalment(
    LocalDate basisDate, InstalmentTerm term, String payout, String code, Share share, Nok amount) {

  static Instalment of(LocalDate basisDate, String code, Share share, Nok amount) {
    InstalmentTerm term = InstalmentTerm.firstOnOrAfter(basisDate);
    return new Instalment(
        basisDate, term, term.payoutNorwegian(basisDate.getYear()), code, share, amount);
  }

  public YearMonth payoutMonth() {
    return term.payoutMonth(basisDate.getYear());
  }

  public String payoutEnglish() {
    return term.payoutEnglish(basisDate.getYear());
  }
}
