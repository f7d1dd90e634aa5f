package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.integrationgrant.CodeAmount;
import no.imdi.grants.integrationgrant.GrantYearEntry;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.SpecialGrantEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's integration grant: per grant year the calendar year (R-IG-2), the codes with their
 * rates (R-IG-4) and the instalments (R-IG-5); for an unaccompanied minor the special grant per
 * calendar year (R-EM); and the reason for the period as a whole.
 */
@JsonbPropertyOrder({"years", "specialGrant", "rules", "explanation"})
@Schema(name = "IntegrationGrantSchedule")
public record IntegrationScheduleJson(
    List<Year> years, List<Special> specialGrant, List<String> rules, String explanation) {

  /** One grant year: its codes, their rates, the total and the instalments. */
  @JsonbPropertyOrder({
    "grantYear",
    "calendarYear",
    "codes",
    "amounts",
    "total",
    "instalments",
    "rules",
    "explanation"
  })
  @Schema(name = "IntegrationGrantYear")
  public record Year(
      @Schema(example = "1") int grantYear,
      @Schema(example = "2023") int calendarYear,
      @Schema(example = "[\"AR-1-EV\"]") List<String> codes,
      List<Amount> amounts,
      @Schema(nullable = true, description = "Whole kroner; null unless every rate is known")
          Long total,
      List<Payment> instalments,
      List<String> rules,
      String explanation) {}

  /** A code's rate for the calendar year, {@code null} when none is known. */
  @JsonbPropertyOrder({"code", "amount", "verified"})
  @Schema(name = "CodeAmount")
  public record Amount(
      @Schema(example = "AR-1-EV") String code,
      @Schema(nullable = true, example = "241100") Long amount,
      boolean verified) {}

  /** One instalment line (R-IG-5). */
  @JsonbPropertyOrder({"basisDate", "term", "payout", "code", "share", "amount"})
  @Schema(name = "Instalment")
  public record Payment(
      @Schema(example = "2023-12-31") LocalDate basisDate,
      @Schema(example = "Q4") String term,
      @Schema(example = "medio desember 2023") String payout,
      @Schema(example = "AR-1-EV") String code,
      @Schema(example = "WHOLE") String share,
      @Schema(nullable = true, description = "Kroner; a quarter may have øre") BigDecimal amount) {}

  /** The special grant of a calendar year for an unaccompanied minor (R-EM). */
  @JsonbPropertyOrder({"calendarYear", "code", "amount", "rateVerified", "rules", "explanation"})
  @Schema(name = "SpecialGrant")
  public record Special(
      @Schema(example = "2023") int calendarYear,
      @Schema(example = "EMINB") String code,
      @Schema(nullable = true, example = "1118000") Long amount,
      boolean rateVerified,
      List<String> rules,
      String explanation) {}

  static IntegrationScheduleJson of(IntegrationGrantSchedule s, Locale locale) {
    return new IntegrationScheduleJson(
        s.years().stream().map(y -> year(y, locale)).toList(),
        s.specialGrant().stream().map(e -> special(e, locale)).toList(),
        s.explanation().rules(),
        s.explanation().text(locale));
  }

  private static Year year(GrantYearEntry y, Locale locale) {
    return new Year(
        y.grantYear(),
        y.calendarYear(),
        y.codes(),
        y.amounts().stream().map(IntegrationScheduleJson::amount).toList(),
        Kroner.whole(y.total()),
        y.instalments().stream().map(i -> payment(i, locale)).toList(),
        y.rules(),
        y.explanation().text(locale));
  }

  private static Amount amount(CodeAmount a) {
    return new Amount(a.code(), Kroner.whole(a.amount()), a.verified());
  }

  private static Payment payment(Instalment i, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return new Payment(
        i.basisDate(),
        i.term().name(),
        english ? i.payoutEnglish() : i.payout(),
        i.code(),
        i.share().name(),
        Kroner.exact(i.amount()));
  }

  private static Special special(SpecialGrantEntry e, Locale locale) {
    return new Special(
        e.calendarYear(),
        e.code(),
        Kroner.whole(e.amount()),
        e.rateVerified(),
        e.rules(),
        e.explanation().text(locale));
  }
}
