package no.imdi.grants.disability.cost;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * The arithmetic of one cost line (R-COST-7) and the sentence that shows it, so that a caseworker
 * can redo it by hand: "1 000 t x 250 kr = 250 000 kr; feriepenger 12 % = 30 000 kr; ...". Lines of
 * time that is not covered count 0 (R-COST-2).
 */
final class LineCalculator {

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
    String norwegian =
        "%s = %s; feriepenger %s = %s; pensjon %s = %s; arbeidsgiveravgift sone %s %s av %s = %s;"
                .formatted(
                    hoursTimesPay(line, false, "t"),
                    Decimals.amount(pay),
                    Decimals.percent(line.holidayPayRate(), false),
                    Decimals.amount(holidayPay),
                    Decimals.percent(line.pensionRate(), false),
                    Decimals.amount(pension),
                    zone.code(),
                    Decimals.percent(zone.rate(), false),
                    Decimals.amount(base),
                    Decimals.amount(contribution))
            + " sum %s (R-COST-7)".formatted(Decimals.amount(total));
    String english =
        "%s = %s; holiday pay %s = %s; pension %s = %s; employer's contribution zone %s %s of %s = %s;"
                .formatted(
                    hoursTimesPay(line, true, "h"),
                    Decimals.amount(pay),
                    Decimals.percent(line.holidayPayRate(), true),
                    Decimals.amount(holidayPay),
                    Decimals.percent(line.pensionRate(), true),
                    Decimals.amount(pension),
                    zone.code(),
                    Decimals.percent(zone.rate(), true),
                    Decimals.amount(base),
                    Decimals.amount(contribution))
            + " total %s (R-COST-7)".formatted(Decimals.amount(total));
    Explanation reason =
        Explanation.literal(List.of("R-COST-7", "R-COST-2", "R-COST-3"), norwegian, english);
    return new LineCost(line, true, pay, holidayPay, pension, contribution, total, reason);
  }

  private static LineCost excluded(CostLine line) {
    TimeCategory category = line.category();
    String norwegian =
        capitalised(category.norwegian())
            + ", "
            + hoursTimesPay(line, false, "t")
            + ": dekkes ikke, 0 kr (R-COST-2: bare lønn for direkte brukertid dekkes)";
    String english =
        capitalised(category.english())
            + ", "
            + hoursTimesPay(line, true, "h")
            + ": not covered, 0 kr (R-COST-2: only pay for direct user time is covered)";
    Explanation reason = Explanation.literal("R-COST-2", norwegian, english);
    return new LineCost(line, false, Nok.ZERO, Nok.ZERO, Nok.ZERO, Nok.ZERO, Nok.ZERO, reason);
  }

  private static String hoursTimesPay(CostLine line, boolean english, String unit) {
    return Decimals.number(line.hours(), english)
        + " "
        + unit
        + " x "
        + Decimals.amount(line.hourlyPay());
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
