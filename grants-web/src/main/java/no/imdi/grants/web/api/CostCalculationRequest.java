package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.disability.cost.CostLimits;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a cost calculation (R-COST-7) as sent: the employer's contribution zone and the
 * measures with their cost lines; rates as fractions ({@code 0.12} for 12 %). Held as sent, so that
 * {@link CostInput} can name a faulty field by its place ({@code measures[0].lines[1].hours}); a
 * measure or line that is not an object is refused ({@link ObjectList}). The ranges documented here
 * are those of {@link CostLimits}.
 */
@Schema(name = "CostCalculationRequest")
public class CostCalculationRequest {

  @Schema(
      example = "I",
      enumeration = {"I", "Ia", "II", "III", "IV", "IVa", "V"},
      description = "Employer's national insurance contribution zone (R-COST-3)")
  public String zone;

  @JsonbTypeDeserializer(Measures.class)
  @Schema(
      type = SchemaType.ARRAY,
      implementation = MeasureInput.class,
      minItems = 1,
      maxItems = CostLimits.MAX_MEASURES,
      description = "The measures, 1 to " + CostLimits.MAX_MEASURES)
  public List<MeasureInput> measures;

  /** A measure (tiltak) and its cost lines. */
  @Schema(name = "MeasureInput")
  public static class MeasureInput {
    @Schema(example = "Miljøarbeider i bolig", maxLength = CostLimits.MAX_TEXT_LENGTH)
    public String name;

    @JsonbTypeDeserializer(Lines.class)
    @Schema(
        type = SchemaType.ARRAY,
        implementation = LineInput.class,
        minItems = 1,
        maxItems = CostLimits.MAX_LINES_PER_MEASURE,
        description = "The measure's cost lines, 1 to " + CostLimits.MAX_LINES_PER_MEASURE)
    public List<LineInput> lines;
  }

  /** One cost line: a role's hourly pay, hours and what they were spent on (R-COST-2). */
  @Schema(name = "CostLineInput")
  public static class LineInput {
    @Schema(example = "Miljøarbeider", maxLength = CostLimits.MAX_TEXT_LENGTH)
    public String role;

    @Schema(
        example = "250",
        minimum = "0",
        maximum = "" + CostLimits.MAX_HOURLY_PAY,
        description =
            "Hourly pay in kroner, 0 to "
                + CostLimits.MAX_HOURLY_PAY
                + ", at most "
                + CostLimits.PAY_DECIMALS
                + " decimals (øre)")
    public BigDecimal hourlyPay;

    @Schema(
        example = "1000",
        minimum = "0",
        maximum = "" + CostLimits.MAX_HOURS,
        description =
            "Hours within one grant year, 0 to "
                + CostLimits.MAX_HOURS
                + " (24 x 366, R-GY-1), at most "
                + CostLimits.HOURS_DECIMALS
                + " decimals")
    public BigDecimal hours;

    @Schema(
        example = "DIRECT_USER_TIME",
        enumeration = {"DIRECT_USER_TIME", "SUBSTITUTE", "ADMINISTRATION", "TRAINING", "TRAVEL"})
    public String timeCategory;

    @Schema(
        example = "0.12",
        minimum = "0",
        maximum = CostLimits.MAX_HOLIDAY_PAY_RATE,
        description =
            "Holiday pay as a fraction of pay (R-COST-3), 0 to "
                + CostLimits.MAX_HOLIDAY_PAY_RATE
                + ", at most "
                + CostLimits.RATE_DECIMALS
                + " decimals")
    public BigDecimal holidayPayRate;

    @Schema(
        example = "0.10",
        minimum = "0",
        maximum = CostLimits.MAX_PENSION_RATE,
        description =
            "Employer's pension share as a fraction of pay (R-COST-3), 0 to "
                + CostLimits.MAX_PENSION_RATE
                + ", at most "
                + CostLimits.RATE_DECIMALS
                + " decimals")
    public BigDecimal pensionRate;
  }

  /** The measures, refused unless each is an object or null. */
  public static class Measures extends ObjectList<MeasureInput> {
    public Measures() {
      super(MeasureInput.class);
    }
  }

  /** A measure's lines, refused unless each is an object or null. */
  public static class Lines extends ObjectList<LineInput> {
    public Lines() {
      super(LineInput.class);
    }
  }
}
