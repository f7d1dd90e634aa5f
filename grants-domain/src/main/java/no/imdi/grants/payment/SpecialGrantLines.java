package no.imdi.grants.payment;

import java.time.LocalDate;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.integrationgrant.SpecialGrantEntry;
import no.imdi.grants.shared.Explanation;

/**
 * The owed lines of the special grant for an unaccompanied minor (R-EM) by R-EM-2 [verify]: a
 * quarter of the calendar year's band rate ({@code EMINB} up to the year the person turns 16,
 * {@code EMINU} from the year they turn 17, by the existing schedule) at each of that year's four
 * instalments. An instalment whose basis date is before the first instalment on or after the
 * registration is paid in that first instalment (caught up); by the setting {@code
 * payment.emSettlementYearCatchUp} the settlement year's quarters before it are caught up too, or,
 * when it is off, not owed. A move splits a quarter by its days, as the integration grant's.
 */
final class SpecialGrantLines {

  private SpecialGrantLines() {}

  static void add(
      long personId,
      SettledPerson person,
      Iterable<SpecialGrantEntry> entries,
      Residence residence,
      boolean catchUpSettlementYear,
      IntegrationGrantLines.LineSink sink) {
    LocalDate registered = person.effectiveRegistrationDate();
    LocalDate firstBasis =
        InstalmentTerm.firstOnOrAfter(registered).basisDate(registered.getYear());
    int settlementYear = person.settlementDate().getYear();
    for (SpecialGrantEntry entry : entries) {
      if (entry.amount() == null) {
        continue;
      }
      long[] quarters = Ore.quarters(Ore.of(entry.amount()));
      Explanation why = entry.explanation();
      for (int q = 0; q < 4; q++) {
        LocalDate basis = InstalmentTerm.values()[q].basisDate(entry.calendarYear());
        IntegrationGrantLines.QuarterTexts texts = IntegrationGrantLines.QuarterTexts.EM;
        if (basis.isBefore(firstBasis)) {
          if (entry.calendarYear() == settlementYear && !catchUpSettlementYear) {
            continue;
          }
          basis = firstBasis;
          texts = IntegrationGrantLines.QuarterTexts.EM_CAUGHT_UP;
        }
        IntegrationGrantLines.quarter(
            personId,
            entry.code(),
            entry.calendarYear(),
            q,
            quarters[q],
            basis,
            residence,
            why,
            texts,
            sink);
      }
    }
  }
}
