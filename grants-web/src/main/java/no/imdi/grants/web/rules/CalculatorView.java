package no.imdi.grants.web.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.disability.ScheduledGrantYear;
import no.imdi.grants.integrationgrant.CodeAmount;
import no.imdi.grants.integrationgrant.GrantYearEntry;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.SpecialGrantEntry;
import no.imdi.grants.rules.CalculatorAnswer;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * The calculator's answer as the page shows it, in the user's language: dates as 13.10.2023,
 * amounts as 1 520 000 kr ({@code null} where no rate is known, for the page to say so), each
 * reason as its rule ids and sentence. Built once per calculation and kept with the view.
 */
public record CalculatorView(
    Disability disability, Integration integration, Reason limitation, Complaint complaint)
    implements Serializable {

  /** A rule's answer: the value as shown, the rule ids and the sentence. */
  public record Reason(String value, String rules, String text) implements Serializable {
    static Reason of(String value, Explanation why, Locale locale) {
      return new Reason(value, String.join(", ", why.rules()), why.text(locale));
    }
  }

  /** The disability grant schedule (T1/T2). */
  public record Disability(
      boolean inTargetGroup, Reason targetGroup, int maxT2Years, Reason maxT2, List<Year> years)
      implements Serializable {}

  /** A grant year; amounts are {@code null} when no rate is known. */
  public record Year(
      int grantYear,
      String period,
      String firstDeadline,
      String deadline,
      boolean t1Possible,
      boolean t2Possible,
      String t1Amount,
      String t2Cap,
      int rateYear,
      boolean ratesVerified,
      Reason reason)
      implements Serializable {}

  /** The integration grant per grant year and the special grant (R-EM). */
  public record Integration(Reason period, List<GrantYear> years, List<Special> special)
      implements Serializable {}

  /** An integration grant year with its codes and rates. */
  public record GrantYear(
      int grantYear, int calendarYear, List<Amount> amounts, String total, Reason reason)
      implements Serializable {}

  /** A code's rate, {@code null} when none is known. */
  public record Amount(String code, String amount, boolean verified) implements Serializable {}

  /** A calendar year of the special grant for an unaccompanied minor. */
  public record Special(
      int calendarYear, String code, String amount, boolean verified, Reason reason)
      implements Serializable {}

  /** The complaint deadline (R-AP-3). */
  public record Complaint(
      String noticeReceived, String plainDeadline, boolean rolledForward, Reason deadline)
      implements Serializable {}

  static CalculatorView of(CalculatorAnswer a, Locale locale) {
    return new CalculatorView(
        a.disability() == null ? null : disability(a.disability(), locale),
        a.integrationGrant() == null ? null : integration(a.integrationGrant(), locale),
        a.limitation() == null
            ? null
            : Reason.of(date(a.limitation().value()), a.limitation().explanation(), locale),
        a.complaint() == null ? null : complaint(a.complaint(), locale));
  }

  private static Disability disability(Schedule s, Locale locale) {
    return new Disability(
        s.inTargetGroup(),
        Reason.of(null, s.targetGroupExplanation(), locale),
        s.maxT2Years(),
        Reason.of(Integer.toString(s.maxT2Years()), s.maxT2YearsExplanation(), locale),
        s.years().stream().map(y -> year(y, locale)).toList());
  }

  private static Year year(ScheduledGrantYear y, Locale locale) {
    return new Year(
        y.grantYear(),
        date(y.start()) + "–" + date(y.end()),
        date(y.firstApplicationDeadline()),
        date(y.deadline()),
        y.t1Possible(),
        y.t2Possible(),
        amount(y.t1Amount()),
        amount(y.t2Cap()),
        y.rateYear(),
        y.ratesVerified(),
        Reason.of(null, y.explanation(), locale));
  }

  private static Integration integration(IntegrationGrantSchedule s, Locale locale) {
    return new Integration(
        Reason.of(s.range(), s.explanation(), locale),
        s.years().stream().map(y -> grantYear(y, locale)).toList(),
        s.specialGrant().stream().map(e -> special(e, locale)).toList());
  }

  private static GrantYear grantYear(GrantYearEntry y, Locale locale) {
    return new GrantYear(
        y.grantYear(),
        y.calendarYear(),
        y.amounts().stream().map(CalculatorView::codeAmount).toList(),
        amount(y.total()),
        Reason.of(null, y.explanation(), locale));
  }

  private static Amount codeAmount(CodeAmount a) {
    return new Amount(a.code(), amount(a.amount()), a.verified());
  }

  private static Special special(SpecialGrantEntry e, Locale locale) {
    return new Special(
        e.calendarYear(),
        e.code(),
        amount(e.amount()),
        e.rateVerified(),
        Reason.of(null, e.explanation(), locale));
  }

  private static Complaint complaint(ComplaintDeadline d, Locale locale) {
    return new Complaint(
        date(d.noticeReceived()),
        date(d.plainDeadline()),
        d.rolledForward(),
        Reason.of(date(d.deadline()), d.explanation(), locale));
  }

  private static String date(LocalDate date) {
    return date == null ? null : Formats.date(date);
  }

  private static String amount(Nok nok) {
    return nok == null ? null : Formats.amount(nok);
  }
}
