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

  private static final InstalmentTerm[] TERMS = values();
  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 300;

  /** The basis dates of 1900-2199, made once each: every grant year asks for four of them. */
  private static final LocalDate[][] BASIS_DATES = new LocalDate[TERMS.length][CACHED_YEARS];

  private final Month basisMonth;
  private final Month payoutMonth;

  InstalmentTerm(Month basisMonth, Month payoutMonth) {
    this.basisMonth = basisMonth;
    this.payoutMonth = payoutMonth;
  }

  /** The basis date of this instalment in the given calendar year (last day of the quarter). */
  public LocalDate basisDate(int year) {
    int index = year - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return LocalDate.of(year, basisMonth, basisMonth.minLength());
    }
    LocalDate[] dates = BASIS_DATES[ordinal()];
    LocalDate date = dates[index];
    if (date == null) {
      date = LocalDate.of(year, basisMonth, basisMonth.minLength());
      dates[index] = date;
    }
    return date;
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
    return TERMS[(day.getMonthValue() - 1) / 3];
  }
}
