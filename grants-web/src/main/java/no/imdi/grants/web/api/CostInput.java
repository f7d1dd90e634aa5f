package no.imdi.grants.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.shared.Nok;

/**
 * Turns a cost calculation body into the domain's measures: the zone by its name ({@code I}, {@code
 * Ia}, ...) and each line's time category by its enum name, each refused with the field's place
 * when unknown. Missing numbers are passed on as missing, for the calculator to name.
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
                    request.zone,
                    Arrays.stream(ContributionZone.values())
                        .map(ContributionZone::code)
                        .collect(Collectors.joining(", "))));
  }

  static List<Measure> measures(CostCalculationRequest request) {
    if (request.measures == null) {
      return null;
    }
    List<Measure> measures = new ArrayList<>();
    for (int m = 0; m < request.measures.size(); m++) {
      CostCalculationRequest.MeasureInput input = request.measures.get(m);
      if (input == null) {
        measures.add(null);
        continue;
      }
      List<CostLine> lines = null;
      if (input.lines != null) {
        lines = new ArrayList<>();
        for (int l = 0; l < input.lines.size(); l++) {
          lines.add(line(input.lines.get(l), "measures[" + m + "].lines[" + l + "]"));
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
    return new CostLine(
        input.role,
        input.hourlyPay == null ? null : Nok.of(input.hourlyPay),
        input.hours,
        QueryParams.choice(path + ".timeCategory", input.timeCategory, TimeCategory.class, null),
        input.holidayPayRate,
        input.pensionRate);
  }
}
