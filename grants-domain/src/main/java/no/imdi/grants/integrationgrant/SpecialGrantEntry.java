package no.imdi.grants.integrationgrant;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * One calendar year of the special grant for an unaccompanied minor (*særskilt tilskudd ved
 * bosetting av enslige mindreårige*, R-EM), paid on top of the integration grant (R-IG-8): the
 * band's code ({@code EMINB} or {@code EMINU}), its rate for that year ({@code null} when unknown,
 * {@code rateVerified} false while unconfirmed) and the explanation.
 */
public record SpecialGrantEntry(
    int calendarYear, String code, Nok amount, boolean rateVerified, Explanation explanation) {

  public List<String> rules() {
    return explanation.rules();
  }
}
