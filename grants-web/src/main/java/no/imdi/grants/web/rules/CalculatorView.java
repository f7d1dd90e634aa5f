package no.imdi.grants.web.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * The calculator's answer as the page shows it, in the user's language: first a summary of what can
 * be applied for and the deadlines, then the parts, dates as 13.10.2023 and amounts as 1 520 000 kr
 * ({@code null} where no rate is known, for the page to say so), each deadline marked as passed or
 * with the days left from today, each reason as its rule ids and sentence, and the grant codes that
 * appear, for the page to explain them. Built once per calculation and kept with the view.
 */
public record CalculatorView(
    CalculatorSummary summary,
    Disability disability,
    Integration integration,
    Reason limitation,
    DeadlineStatus limitationStatus,
    Complaint complaint,
    List<String> codes)
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
      DeadlineStatus firstDeadline,
      DeadlineStatus deadline,
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
      String noticeReceived,
      String plainDeadline,
      boolean rolledForward,
      Reason deadline,
      DeadlineStatus status)
      implements Serializable {}

  static CalculatorView of(CalculatorAnswer a, Locale locale, LocalDate today) {
    return new CalculatorView(
        CalculatorSummary.of(a, today),
        a.disability() == null ? null : disability(a.disability(), locale, today),
        a.integrationGrant() == null ? null : integration(a.integrationGrant(), locale),
        a.limitation() == null
            ? null
            : Reason.of(date(a.limitation().value()), a.limitation().explanation(), locale),
        a.limitation() == null ? null : DeadlineStatus.of(a.limitation().value(), today),
        a.complaint() == null ? null : complaint(a.complaint(), locale, today),
        codes(a));
  }

  /** The grant codes the answer shows: T1 and T2, then the integration grant's and R-EM's. */
  private static List<String> codes(CalculatorAnswer a) {
    Set<String> codes = new LinkedHashSet<>();
    if (a.disability() != null) {
      codes.add("T1");
      codes.add("T2");
    }
    if (a.integrationGrant() != null) {
      a.integrationGrant().years().forEach(y -> codes.addAll(y.codes()));
      a.integrationGrant().specialGrant().forEach(e -> codes.add(e.code()));
    }
    return List.copyOf(codes);
  }

  private static Disability disability(Schedule s, Locale locale, LocalDate today) {
    return new Disability(
        s.inTargetGroup(),
        Reason.of(null, s.targetGroupExplanation(), locale),
        s.maxT2Years(),
        Reason.of(Integer.toString(s.maxT2Years()), s.maxT2YearsExplanation(), locale),
        s.years().stream().map(y -> year(y, locale, today)).toList());
  }

  private static Year year(ScheduledGrantYear y, Locale locale, LocalDate today) {
    return new Year(
        y.grantYear(),
        date(y.start()) + "–" + date(y.end()),
        DeadlineStatus.of(y.firstApplicationDeadline(), today),
        DeadlineStatus.of(y.deadline(), today),
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

  private static Complaint complaint(ComplaintDeadline d, Locale locale, LocalDate today) {
    return new Complaint(
        date(d.noticeReceived()),
        date(d.plainDeadline()),
        d.rolledForward(),
        Reason.of(date(d.deadline()), d.explanation(), locale),
        DeadlineStatus.of(d.deadline(), today));
  }

  private static String date(LocalDate date) {
    return date == null ? null : Formats.date(date);
  }

  private static String amount(Nok nok) {
    return nok == null ? null : Formats.amount(nok);
  }
}
