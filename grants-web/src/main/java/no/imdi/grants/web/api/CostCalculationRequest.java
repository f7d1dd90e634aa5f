package no.imdi.grants.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a cost calculation (R-COST-7) as sent: the employer's contribution zone and the
 * measures with their cost lines; rates as fractions ({@code 0.12} for 12 %). Held as sent, so that
 * {@link CostInput} can name a faulty field by its place ({@code measures[0].lines[1].hours}).
 */
@Schema(name = "CostCalculationRequest")
public class CostCalculationRequest {

  @Schema(
      example = "I",
      enumeration = {"I", "Ia", "II", "III", "IV", "IVa", "V"},
      description = "Employer's national insurance contribution zone (R-COST-3)")
  public String zone;

  public List<MeasureInput> measures;

  /** A measure (tiltak) and its cost lines. */
  @Schema(name = "MeasureInput")
  public static class MeasureInput {
    @Schema(example = "Miljøarbeider i bolig")
    public String name;

    public List<LineInput> lines;
  }

  /** One cost line: a role's hourly pay, hours and what they were spent on (R-COST-2). */
  @Schema(name = "CostLineInput")
  public static class LineInput {
    @Schema(example = "Miljøarbeider")
    public String role;

    @Schema(example = "250")
    public BigDecimal hourlyPay;

    @Schema(example = "1000")
    public BigDecimal hours;

    @Schema(
        example = "DIRECT_USER_TIME",
        enumeration = {"DIRECT_USER_TIME", "SUBSTITUTE", "ADMINISTRATION", "TRAINING", "TRAVEL"})
    public String timeCategory;

    @Schema(example = "0.12")
    public BigDecimal holidayPayRate;

    @Schema(example = "0.10")
    public BigDecimal pensionRate;
  }
}
