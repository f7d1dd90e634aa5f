package no.imdi.grants.payment.file;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.settings.SettingsBook;

/**
 * The day the bank is asked to pay an instalment (R-PAY-3, R-IG-5: early April, early July, early
 * October, mid December): the payout month's day from the settings {@code payment.payoutDay} and
 * {@code payment.payoutDayDecember} [verify], never before the day the file is made.
 */
final class PayoutDay {

  static final String DAY = "payment.payoutDay";
  static final String DAY_DECEMBER = "payment.payoutDayDecember";
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private PayoutDay() {}

  static LocalDate of(EntityManager em, LocalDate instalment, Instant madeAt) {
    SettingsBook settings = new SettingsBook(em);
    YearMonth month = InstalmentTerm.firstOnOrAfter(instalment).payoutMonth(instalment.getYear());
    String key = month.getMonth() == Month.DECEMBER ? DAY_DECEMBER : DAY;
    return of(month, Integer.parseInt(settings.get(key).getValue().strip()), madeAt);
  }

  static LocalDate of(YearMonth month, int day, Instant madeAt) {
    LocalDate payout = month.atDay(Math.max(1, Math.min(day, month.lengthOfMonth())));
    LocalDate today = LocalDate.ofInstant(madeAt, OSLO);
    return payout.isBefore(today) ? today : payout;
  }
}
