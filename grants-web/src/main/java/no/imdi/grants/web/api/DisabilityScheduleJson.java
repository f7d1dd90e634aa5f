package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.disability.ScheduledGrantYear;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's disability grant (T1/T2) schedule: the target group (R-T-TG), the number of T2 years
 * (R-T2-1..4) and one entry per possible grant year with its period (R-GY-1), deadlines
 * (R-DL-1..4), possible grants (R-T1-1, R-T2-1, R-T-1) and the T1 amount and T2 cap of its rate
 * year (R-RATE-1, R-RATE-2), {@code null} where the grant is not possible or no rate is known.
 */
@JsonbPropertyOrder({
  "inTargetGroup",
  "targetGroupRules",
  "targetGroupExplanation",
  "maxT2Years",
  "maxT2YearsRules",
  "maxT2YearsExplanation",
  "years"
})
@Schema(name = "DisabilitySchedule")
public record DisabilityScheduleJson(
    boolean inTargetGroup,
    List<String> targetGroupRules,
    String targetGroupExplanation,
    @Schema(example = "5") int maxT2Years,
    List<String> maxT2YearsRules,
    String maxT2YearsExplanation,
    List<Year> years) {

  /** One grant year of the schedule. */
  @JsonbPropertyOrder({
    "grantYear",
    "start",
    "end",
    "firstApplicationDeadline",
    "deadline",
    "t1Possible",
    "t2Possible",
    "t1Amount",
    "t2Cap",
    "rateYear",
    "ratesVerified",
    "rules",
    "explanation"
  })
  @Schema(name = "DisabilityGrantYear")
  public record Year(
      @Schema(example = "1") int grantYear,
      @Schema(example = "2023-10-13") LocalDate start,
      @Schema(example = "2024-10-12") LocalDate end,
      @Schema(
              example = "2024-12-13",
              nullable = true,
              description = "Deadline of a first application (R-DL-1/R-DL-4); null from year 3")
          LocalDate firstApplicationDeadline,
      @Schema(
              example = "2024-12-13",
              description = "Deadline once an earlier year was granted (R-DL-2); year 1: R-DL-1")
          LocalDate deadline,
      boolean t1Possible,
      boolean t2Possible,
      @Schema(example = "196400", nullable = true, description = "Whole kroner") Long t1Amount,
      @Schema(example = "1520000", nullable = true, description = "Whole kroner") Long t2Cap,
      @Schema(example = "2023", description = "Calendar year whose rates apply (R-RATE-1)")
          int rateYear,
      @Schema(description = "True when every rate shown comes from a verified row")
          boolean ratesVerified,
      List<String> rules,
      String explanation) {

    static Year of(ScheduledGrantYear y, Locale locale) {
      return new Year(
          y.grantYear(),
          y.start(),
          y.end(),
          y.firstApplicationDeadline(),
          y.deadline(),
          y.t1Possible(),
          y.t2Possible(),
          Kroner.whole(y.t1Amount()),
          Kroner.whole(y.t2Cap()),
          y.rateYear(),
          y.ratesVerified(),
          y.rules(),
          y.explanation().text(locale));
    }
  }

  static DisabilityScheduleJson of(Schedule s, Locale locale) {
    return new DisabilityScheduleJson(
        s.inTargetGroup(),
        s.targetGroupExplanation().rules(),
        s.targetGroupExplanation().text(locale),
        s.maxT2Years(),
        s.maxT2YearsExplanation().rules(),
        s.maxT2YearsExplanation().text(locale),
        s.years().stream().map(y -> Year.of(y, locale)).toList());
  }
}
