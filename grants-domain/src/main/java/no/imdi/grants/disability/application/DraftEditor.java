package no.imdi.grants.disability.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;

/**
 * Puts a save of the draft form into the application: every text within its column, every cost line
 * complete and valid for the cost calculation (R-COST-7), named by its place in the form ({@code
 * measures[0].lines[1]}). What is still missing is left for the submit check.
 */
final class DraftEditor {

  static final int MAX_MEASURES = 50;
  static final int MAX_LINES = 100;
  static final BigDecimal MAX_HOURLY_PAY = BigDecimal.valueOf(100_000);
  static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100_000);

  private DraftEditor() {}

  static void apply(Application application, DraftContent content) {
    HealthInformation h = content.health();
    HealthInformation health =
        new HealthInformation(
            Texts.optional("impairment", h.impairment(), HealthInformation.DESCRIPTION_LENGTH),
            Texts.optional("impairmentArose", h.arose(), HealthInformation.AROSE_LENGTH),
            h.aroseBeforeSettlement(),
            Texts.optional("helpNeeded", h.helpNeeded(), HealthInformation.DESCRIPTION_LENGTH));
    ApplicationDetails details =
        new ApplicationDetails(
            Texts.optional(
                "consentNames", content.consentNames(), ApplicationDetails.CONSENT_NAMES_LENGTH),
            content.zone(),
            content.servicesNeedingIndividualDecision(),
            content.pedagogicalMeasures(),
            content.newHealthInformation());
    if (content.measures().size() > MAX_MEASURES) {
      throw Refusal.onField("measures", CaseMessage.TOO_MANY, MAX_MEASURES);
    }
    List<ApplicationMeasure> measures = new ArrayList<>();
    for (int m = 0; m < content.measures().size(); m++) {
      measures.add(measure(application, m, content.measures().get(m), content.zone()));
    }
    application.replaceContent(health, details, measures);
  }

  private static ApplicationMeasure measure(
      Application application, int m, MeasureInput input, ContributionZone zone) {
    String path = "measures[" + m + "]";
    String name = Texts.required(path + ".name", input.name(), 255);
    if (input.lines().size() > MAX_LINES) {
      throw Refusal.onField(path + ".lines", CaseMessage.TOO_MANY, MAX_LINES);
    }
    List<CostLineEntry> lines = new ArrayList<>();
    for (int l = 0; l < input.lines().size(); l++) {
      CostLine line = input.lines().get(l);
      String linePath = path + ".lines[" + l + "]";
      try {
        new CostCalculator()
            .calculate(zone == null ? ContributionZone.I : zone, List.of(Measure.of(name, line)));
        Texts.required(linePath + ".role", line.role(), 255);
      } catch (IllegalArgumentException e) {
        throw Refusal.onField(linePath, CaseMessage.MEASURE_LINE_INVALID, detail(e.getMessage()));
      }
      storable(linePath, line);
      lines.add(CostLineEntry.of(line));
    }
    return new ApplicationMeasure(
        application,
        m,
        name,
        Texts.optional(path + ".otherFunding", input.otherFunding(), 2000),
        Texts.optional(path + ".beyondEmGrant", input.beyondEmGrant(), 2000),
        lines);
  }

  /** Within what the columns hold: pay and hours to the øre and hundredth, rates to 4 decimals. */
  private static void storable(String path, CostLine line) {
    within(path + ".hourlyPay", line.hourlyPay().amount(), MAX_HOURLY_PAY, 2);
    within(path + ".hours", line.hours(), MAX_HOURS, 2);
    within(path + ".holidayPayRate", line.holidayPayRate(), BigDecimal.ONE, 4);
    within(path + ".pensionRate", line.pensionRate(), BigDecimal.ONE, 4);
  }

  private static void within(String field, BigDecimal value, BigDecimal max, int scale) {
    if (value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > scale) {
      throw Refusal.onField(field, CaseMessage.MEASURE_LINE_OUT_OF_RANGE, max, scale);
    }
  }

  /** The calculator names the field as {@code measures[0].lines[0].hours ...}: keep the rest. */
  private static String detail(String message) {
    String prefix = "measures[0].lines[0].";
    return message != null && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }
}
