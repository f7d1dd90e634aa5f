package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The four quarterly instalments (*terminer*) of the integration grant (R-IG-5): each has a basis
 * date (31.03, 30.06, 30.09, 31.12; a person registered as settled on or before it is in that
 * instalment) and a payout month, early April, early July, early October and mid December. The
 * exact payout day is set by IMDi each year and is not modelled.
 */
public enum InstalmentTerm {
  Q1(Month.MARCH, Month.APRIL, "primo april", "early April"),
  Q2(Month.JUNE, Month.JULY, "primo juli", "early July"),
  Q3(Month.SEPTEMBER, Month.OCTOBER, "primo oktober", "early October"),
  Q4(Month.DECEMBER, Month.DECEMBER, "medio desember", "mid December");

  private final Month basisMonth;
  private final Month payoutMonth;
  private final String payoutNorwegian;
  private final String payoutEnglish;

  InstalmentTerm(
      Month basisMonth, Month payoutMonth, String payoutNorwegian, String payoutEnglish) {
    this.basisMonth = basisMonth;
    this.payoutMonth = payoutMonth;
    this.payoutNorwegian = payoutNorwegian;
    this.payoutEnglish = payoutEnglish;
  }

  /** The basis date of this instalment in the given calendar year (last day of the quarter). */
  public LocalDate basisDate(int year) {
    return YearMonth.of(year, basisMonth).atEndOfMonth();
  }

  public YearMonth payoutMonth(int year) {
    return YearMonth.of(year, payoutMonth);
  }

  /** The payout as caseworkers write it: {@code primo april 2024}. */
  public String payoutNorwegian(int year) {
    return payoutNorwegian + " " + year;
  }

  /** The payout in English: {@code early April 2024}. */
  public String payoutEnglish(int year) {
    return payoutEnglish + " " + year;
  }

  /** The instalment whose basis date is the first on or after the given day. */
  public static InstalmentTerm firstOnOrAfter(LocalDate day) {
    for (InstalmentTerm term : values()) {
      if (!day.isAfter(term.basisDate(day.getYear()))) {
        return term;
      }
    }
    throw new IllegalStateException("31.12 is the last basis date of every year");
  }
}
