package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonTexts;

/**
 * The four quarterly instalments (*terminer*) of the integration grant (R-IG-5): each has a basis
 * date (31.03, 30.06, 30.09, 31.12; a person registered as settled on or before it is in that
 * instalment) and a payout month, early April, early July, early October and mid December, named by
 * the reasons bundles ({@code InstalmentTerm.Q1}). The exact payout day is set by IMDi each year
 * and is not modelled.
 */
public enum InstalmentTerm {
  Q1(Month.MARCH, Month.APRIL),
  Q2(Month.JUNE, Month.JULY),
  Q3(Month.SEPTEMBER, Month.OCTOBER),
  Q4(Month.DECEMBER, Month.DECEMBER);

  private final Month basisMonth;
  private final Month payoutMonth;

  InstalmentTerm(Month basisMonth, Month payoutMonth) {
    this.basisMonth = basisMonth;
    this.payoutMonth = payoutMonth;
  }

  /** The basis date of this instalment in the given calendar year (last day of the quarter). */
  public LocalDate basisDate(int year) {
    return YearMonth.of(year, basisMonth).atEndOfMonth();
  }

  public YearMonth payoutMonth(int year) {
    return YearMonth.of(year, payoutMonth);
  }

  /** The payout of the year as a part of a sentence ({@code payout}: "primo april 2024"). */
  public Reason payout(int year) {
    return Reason.phrase("payout", this, year);
  }

  /** The payout as caseworkers write it: {@code primo april 2024}. */
  public String payoutNorwegian(int year) {
    return payout(year).text(ReasonTexts.BOKMAL);
  }

  /** The payout in English: {@code early April 2024}. */
  public String payoutEnglish(int year) {
    return payout(year).text(Locale.ENGLISH);
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
