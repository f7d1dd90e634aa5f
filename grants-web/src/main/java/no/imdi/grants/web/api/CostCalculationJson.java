package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.LineCost;
import no.imdi.grants.disability.cost.MeasureCost;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cost calculation (R-COST-7) line by line: pay, holiday pay, pension and employer's contribution
 * in whole kroner, the line total (their exact sum rounded half up), whether the time is covered
 * (R-COST-2) and why; each measure's total; the overall total and whether it meets the T1 minimum
 * (R-T1-1) and the T2 threshold (R-T2-1).
 */
@JsonbPropertyOrder({
  "zone",
  "measures",
  "total",
  "rules",
  "explanation",
  "meetsT1Threshold",
  "t1ThresholdExplanation",
  "meetsT2Threshold",
  "t2ThresholdExplanation"
})
@Schema(name = "CostCalculation")
public record CostCalculationJson(
    @Schema(example = "I") String zone,
    List<MeasureJson> measures,
    @Schema(example = "348005") long total,
    List<String> rules,
    String explanation,
    boolean meetsT1Threshold,
    String t1ThresholdExplanation,
    boolean meetsT2Threshold,
    String t2ThresholdExplanation) {

  /** A measure's lines and total. */
  @JsonbPropertyOrder({"name", "lines", "total", "rules", "explanation"})
  @Schema(name = "MeasureCost")
  public record MeasureJson(
      String name, List<LineJson> lines, long total, List<String> rules, String explanation) {}

  /** One line's components; all zero when the time is not covered. */
  @JsonbPropertyOrder({
    "role",
    "timeCategory",
    "pay",
    "holidayPay",
    "pension",
    "employerContribution",
    "total",
    "covered",
    "rules",
    "reason"
  })
  @Schema(name = "LineCost")
  public record LineJson(
      String role,
      @Schema(example = "DIRECT_USER_TIME") String timeCategory,
      @Schema(example = "250000") long pay,
      @Schema(example = "30000") long holidayPay,
      @Schema(example = "25000") long pension,
      @Schema(example = "43005") long employerContribution,
      @Schema(example = "348005") long total,
      boolean covered,
      List<String> rules,
      String reason) {}

  static CostCalculationJson of(CostCalculation c, Locale locale) {
    return new CostCalculationJson(
        c.zone().code(),
        c.measures().stream().map(m -> measure(m, locale)).toList(),
        c.total().wholeKroner(),
        c.reason().rules(),
        c.reason().text(locale),
        c.meetsT1Threshold(),
        c.t1Threshold().explanation().text(locale),
        c.meetsT2Threshold(),
        c.t2Threshold().explanation().text(locale));
  }

  private static MeasureJson measure(MeasureCost m, Locale locale) {
    return new MeasureJson(
        m.name(),
        m.lines().stream().map(l -> line(l, locale)).toList(),
        m.total().wholeKroner(),
        m.reason().rules(),
        m.reason().text(locale));
  }

  private static LineJson line(LineCost l, Locale locale) {
    return new LineJson(
        l.line().role(),
        l.line().category().name(),
        l.payInKroner().wholeKroner(),
        l.holidayPayInKroner().wholeKroner(),
        l.pensionInKroner().wholeKroner(),
        l.employerContributionInKroner().wholeKroner(),
        l.total().wholeKroner(),
        l.covered(),
        l.reason().rules(),
        l.reason().text(locale));
  }
}
