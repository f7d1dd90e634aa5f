package no.imdi.grants.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLimits;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.shared.DecimalRange;
import no.imdi.grants.shared.Nok;

/**
 * Turns a cost calculation body into the domain's measures: the zone by its name ({@code I}, {@code
 * Ia}, ...) and each line's time category by its enum name, each refused with the field's place
 * when unknown. Every number must be given and lie within its range of {@link CostLimits}
 * (R-COST-7, R-GY-1, R-COST-3), and the lists and texts within their sizes, checked before any
 * arithmetic so that no body can make the calculation unbounded. Missing names and roles are passed
 * on as missing, for the calculator to name.
 */
final class CostInput {

  private CostInput() {}

  static ContributionZone zone(CostCalculationRequest request) {
    if (request == null) {
      throw new BadParameterException("body", "required");
    }
    if (request.zone == null || request.zone.isBlank()) {
      throw new BadParameterException("zone", "required");
    }
    return Arrays.stream(ContributionZone.values())
        .filter(z -> z.code().equals(request.zone.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new BadParameterException(
                    "zone",
                    "api.enum",
                    QueryParams.shown(request.zone),
                    Arrays.stream(ContributionZone.values())
                        .map(ContributionZone::code)
                        .collect(Collectors.joining(", "))));
  }

  static List<Measure> measures(CostCalculationRequest request) {
    if (request.measures == null) {
      return null;
    }
    size("measures", request.measures, CostLimits.MAX_MEASURES);
    List<Measure> measures = new ArrayList<>();
    for (int m = 0; m < request.measures.size(); m++) {
      CostCalculationRequest.MeasureInput input = request.measures.get(m);
      if (input == null) {
        measures.add(null);
        continue;
      }
      String path = "measures[" + m + "]";
      text(path + ".name", input.name);
      List<CostLine> lines = null;
      if (input.lines != null) {
        size(path + ".lines", input.lines, CostLimits.MAX_LINES_PER_MEASURE);
        lines = new ArrayList<>();
        for (int l = 0; l < input.lines.size(); l++) {
          lines.add(line(input.lines.get(l), path + ".lines[" + l + "]"));
        }
      }
      measures.add(new Measure(input.name, lines));
    }
    return measures;
  }

  private static CostLine line(CostCalculationRequest.LineInput input, String path) {
    if (input == null) {
      return null;
    }
    text(path + ".role", input.role);
    return new CostLine(
        input.role,
        Nok.of(number(path + ".hourlyPay", input.hourlyPay, CostLimits.HOURLY_PAY)),
        number(path + ".hours", input.hours, CostLimits.HOURS),
        QueryParams.choice(path + ".timeCategory", input.timeCategory, TimeCategory.class, null),
        number(path + ".holidayPayRate", input.holidayPayRate, CostLimits.HOLIDAY_PAY_RATE),
        number(path + ".pensionRate", input.pensionRate, CostLimits.PENSION_RATE));
  }

  /** The number when it is given and within its range, else a problem naming the field. */
  static BigDecimal number(String field, BigDecimal value, DecimalRange range) {
    if (value == null) {
      throw new BadParameterException(field, "required");
    }
    if (!range.contains(value)) {
      throw new BadParameterException(
          field, "api.range", range.min().toPlainString(), range.max().toPlainString());
    }
    if (!range.hasAllowedDecimals(value)) {
      throw new BadParameterException(field, "api.decimals", String.valueOf(range.decimals()));
    }
    return value;
  }

  private static void size(String field, List<?> list, int max) {
    if (list.size() > max) {
      throw new BadParameterException(field, "api.tooMany", String.valueOf(max));
    }
  }

  private static void text(String field, String value) {
    if (value != null && value.length() > CostLimits.MAX_TEXT_LENGTH) {
      throw new BadParameterException(field, "tooLong", String.valueOf(CostLimits.MAX_TEXT_LENGTH));
    }
  }
}
