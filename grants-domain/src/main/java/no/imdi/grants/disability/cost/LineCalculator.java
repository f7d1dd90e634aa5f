package no.imdi.grants.disability.cost;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonArgs;

/**
 * The arithmetic of one cost line (R-COST-7) and the sentence that shows it, so that a caseworker
 * can redo it by hand: "1 000 t x 250 kr = 250 000 kr; feriepenger 12 % = 30 000 kr; ...". Lines of
 * time that is not covered count 0 (R-COST-2).
 */
final class LineCalculator {

  private static final List<String> COVERED_RULES = List.of("R-COST-7", "R-COST-2", "R-COST-3");

  private LineCalculator() {}

  static LineCost calculate(CostLine line, ContributionZone zone) {
    return line.category().covered() ? covered(line, zone) : excluded(line);
  }

  private static LineCost covered(CostLine line, ContributionZone zone) {
    Nok pay = line.hourlyPay().times(line.hours());
    Nok holidayPay = pay.times(line.holidayPayRate());
    Nok pension = pay.times(line.pensionRate());
    Nok base = pay.plus(holidayPay).plus(pension);
    Nok contribution = base.times(zone.rate());
    Nok total = base.plus(contribution).roundedToKroner();
    Explanation reason =
        Explanation.of(
            COVERED_RULES,
            "R-COST-7.line",
            hoursTimesPay(line),
            pay,
            ReasonArgs.percent(line.holidayPayRate()),
            holidayPay,
            ReasonArgs.percent(line.pensionRate()),
            pension,
            zone.code(),
            ReasonArgs.percent(zone.rate()),
            base,
            contribution,
            total);
    return new LineCost(line, true, pay, holidayPay, pension, contribution, total, reason);
  }

  private static LineCost excluded(CostLine line) {
    Explanation reason =
        Explanation.of(
            "R-COST-2",
            "R-COST-2.excluded",
            ReasonArgs.capitalized(line.category()),
            hoursTimesPay(line));
    return new LineCost(line, false, Nok.ZERO, Nok.ZERO, Nok.ZERO, Nok.ZERO, Nok.ZERO, reason);
  }

  private static Reason hoursTimesPay(CostLine line) {
    return Reason.phrase("R-COST-7.hoursTimesPay", line.hours(), line.hourlyPay());
  }
}
