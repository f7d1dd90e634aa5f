package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import no.imdi.grants.shared.Nok;

/**
 * How the integration grant of the calendar year of a move is shared between the municipality the
 * person moved from and the one they moved to (R-IG-6): the days of the calendar year that count
 * for each, and the amounts, which add up exactly to the year's amount ({@code null} when no rate
 * is known for that year).
 */
public record MoveSplit(
    LocalDate moveDate,
    int calendarYear,
    String code,
    Nok amount,
    int daysOld,
    int daysNew,
    Nok oldMunicipality,
    Nok newMunicipality) {

  public int daysInYear() {
    return daysOld + daysNew;
  }
}
