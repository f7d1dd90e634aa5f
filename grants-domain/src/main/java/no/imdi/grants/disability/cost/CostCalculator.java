package no.imdi.grants.disability.cost;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * Calculates what an application's measures cost by the line-by-line convention of R-COST-7: only
 * direct user time counts (R-COST-2), social costs are added by the line's rates and the zone
 * (R-COST-3), each line total is rounded to whole kroner, a measure is the sum of its lines and the
 * application the sum of its measures, compared with the T1 minimum (R-T1-1) and the T2 threshold
 * (R-T2-1). Stateless; invalid input gives an {@link IllegalArgumentException} naming the field.
 */
public final class CostCalculator {

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
    String sum = sum(lines.stream().map(LineCost::total).toList(), total);
    Explanation reason =
        Explanation.literal(
            List.of("R-COST-7", "R-COST-3"),
            "Tiltak «" + measure.name() + "»: " + sum + " (R-COST-7).",
            "Measure “" + measure.name() + "”: " + sum + " (R-COST-7).");
    return new MeasureCost(measure.name(), lines, total, reason);
  }

  private static Explanation totalReason(List<MeasureCost> measures, Nok total) {
    String sum = sum(measures.stream().map(MeasureCost::total).toList(), total);
    return Explanation.literal(
        "R-COST-7",
        "Sum for alle tiltak: " + sum + " (R-COST-7).",
        "Total of all measures: " + sum + " (R-COST-7).");
  }

  private static String sum(List<Nok> parts, Nok total) {
    if (parts.size() == 1) {
      return Decimals.amount(total);
    }
    return String.join(" + ", parts.stream().map(Decimals::amount).toList())
        + " = "
        + Decimals.amount(total);
  }
}
