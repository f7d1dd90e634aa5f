package no.imdi.grants.disability.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.application.CostLineEntry;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.shared.Nok;

/**
 * Turns what the report form sent into the report's measures, with the checks the application's
 * draft makes of its cost lines (R-COST-7): every line must calculate, and pay, hours and rates
 * must fit their columns. A measure that names a granted measure must name one the decision
 * granted.
 */
final class ReportEditor {

  static final int MAX_MEASURES = 50;
  static final int MAX_LINES = 100;
  static final int REASON_LENGTH = 4000;
  private static final BigDecimal MAX_PAY = BigDecimal.valueOf(100_000);
  private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100_000);
  private static final BigDecimal MAX_CLAIM = BigDecimal.valueOf(100_000_000);

  private ReportEditor() {}

  static List<ReportMeasure> measures(
      AccountsReport report, ReportContent content, ContributionZone zone, Set<Integer> granted) {
    if (content.measures().size() > MAX_MEASURES) {
      throw Refusal.onField("measures", CaseMessage.TOO_MANY, MAX_MEASURES);
    }
    List<ReportMeasure> measures = new ArrayList<>();
    for (int m = 0; m < content.measures().size(); m++) {
      ReportMeasureInput input = content.measures().get(m);
      String path = "measures[" + m + "]";
      String name = Texts.required(path + ".name", input.name(), 255);
      if (input.grantedPosition() != null && !granted.contains(input.grantedPosition())) {
        throw Refusal.onField(
            path + ".grantedPosition",
            CaseMessage.REPORT_MEASURE_NOT_GRANTED,
            input.grantedPosition());
      }
      if (input.lines().size() > MAX_LINES) {
        throw Refusal.onField(path + ".lines", CaseMessage.TOO_MANY, MAX_LINES);
      }
      List<CostLineEntry> lines = new ArrayList<>();
      for (int l = 0; l < input.lines().size(); l++) {
        lines.add(line(path + ".lines[" + l + "]", name, input.lines().get(l), zone));
      }
      measures.add(new ReportMeasure(report, m, name, input.grantedPosition(), lines));
    }
    return measures;
  }

  /** The claimed overrun (R-REP-3): positive whole kroner with a reason, or none. */
  static Nok claim(ReportContent content) {
    Nok claim = content.claimedOverrun();
    if (claim == null || claim.compareTo(Nok.ZERO) == 0) {
      return null;
    }
    if (claim.compareTo(Nok.ZERO) < 0 || claim.amount().compareTo(MAX_CLAIM) > 0) {
      throw Refusal.onField("claimedOverrun", CaseMessage.MEASURE_LINE_OUT_OF_RANGE, MAX_CLAIM, 0);
    }
    if (claim.amount().stripTrailingZeros().scale() > 0) {
      throw Refusal.onField("claimedOverrun", CaseMessage.DECISION_AMOUNT_WHOLE_KRONER);
    }
    Texts.required("claimReason", content.claimReason(), REASON_LENGTH);
    return claim;
  }

  private static CostLineEntry line(
      String path, String name, CostLine line, ContributionZone zone) {
    try {
      new CostCalculator().calculate(zone, List.of(Measure.of(name, line)));
      Texts.required(path + ".role", line.role(), 255);
    } catch (IllegalArgumentException e) {
      throw Refusal.onField(path, CaseMessage.MEASURE_LINE_INVALID, detail(e.getMessage()));
    }
    within(path + ".hourlyPay", line.hourlyPay().amount(), MAX_PAY, 2);
    within(path + ".hours", line.hours(), MAX_HOURS, 2);
    within(path + ".holidayPayRate", line.holidayPayRate(), BigDecimal.ONE, 4);
    within(path + ".pensionRate", line.pensionRate(), BigDecimal.ONE, 4);
    return new CostLineEntry(
        line.role().strip(),
        line.hourlyPay().amount(),
        line.hours(),
        line.category(),
        line.holidayPayRate(),
        line.pensionRate());
  }

  private static void within(String field, BigDecimal value, BigDecimal max, int scale) {
    if (value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > scale) {
      throw Refusal.onField(field, CaseMessage.MEASURE_LINE_OUT_OF_RANGE, max, scale);
    }
  }

  private static String detail(String message) {
    String prefix = "measures[0].lines[0].";
    return message != null && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }
}
