package no.imdi.grants.disability.cost;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonArgs;

/**
 * Calculates what an application's measures cost by the line-by-line convention of R-COST-7: only
 * direct user time counts (R-COST-2), social costs are added by the line's rates and the zone
 * (R-COST-3), each line total is rounded to whole kroner, a measure is the sum of its lines and the
 * application the sum of its measures, compared with the T1 minimum (R-T1-1) and the T2 threshold
 * (R-T2-1). Stateless; invalid input gives an {@link IllegalArgumentException} naming the field.
 */
public final class CostCalculator {

  private static final List<String> MEASURE_RULES = List.of("R-COST-7", "R-COST-3");

  /**
   * The calculation for {@code measures} with the employer's contribution of {@code zone}.
   *
   * @throws IllegalArgumentException naming the first missing or invalid field, such as {@code
   *     measures[0].lines[1].hours}
   */
  public CostCalculation calculate(ContributionZone zone, List<Measure> measures) {
    CostInputValidator.validate(zone, measures);
    List<MeasureCost> costs = new ArrayList<>();
    Nok total = Nok.ZERO;
    for (Measure measure : measures) {
      MeasureCost cost = measure(measure, zone);
      costs.add(cost);
      total = total.plus(cost.total());
    }
    return new CostCalculation(
        zone,
        costs,
        total,
        totalReason(costs, total),
        CostThresholds.t1(total),
        CostThresholds.t2(total));
  }

  private static MeasureCost measure(Measure measure, ContributionZone zone) {
    List<LineCost> lines = new ArrayList<>();
    Nok total = Nok.ZERO;
    for (CostLine line : measure.lines()) {
      LineCost cost = LineCalculator.calculate(line, zone);
      lines.add(cost);
      total = total.plus(cost.total());
    }
    Explanation reason =
        Explanation.of(
            MEASURE_RULES,
            "R-COST-7.measure",
            measure.name(),
            sum(lines.stream().map(LineCost::total).toList(), total));
    return new MeasureCost(measure.name(), lines, total, reason);
  }

  private static Explanation totalReason(List<MeasureCost> measures, Nok total) {
    return Explanation.of(
        "R-COST-7",
        "R-COST-7.total",
        sum(measures.stream().map(MeasureCost::total).toList(), total));
  }

  /** The total, or the parts added up: "250 000 kr + 98 005 kr = 348 005 kr". */
  private static Object sum(List<Nok> parts, Nok total) {
    if (parts.size() == 1) {
      return total;
    }
    return Reason.phrase("R-COST-7.sum", ReasonArgs.joined("join.plus", parts), total);
  }
}
