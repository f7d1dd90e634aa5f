package no.imdi.grants.demo;

import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.disability.application.DraftContent;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.MeasureInput;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.shared.Nok;

/**
 * What the demo municipalities write in their applications: invented descriptions of an impairment
 * (synthetic health data, no real person's), the consent's names, and measures whose cost lines the
 * cost calculation prices (R-COST-2, R-COST-3, R-COST-7). The hours and the hourly pay are the
 * municipality's figures; every amount the case shows is computed from them by the rules and the
 * rate table.
 */
final class DemoContent {

  private static final BigDecimal HOLIDAY_PAY = new BigDecimal("0.12");
  private static final BigDecimal PENSION = new BigDecimal("0.10");
  private static final String NO_OTHER_FUNDING =
      "Ingen andre offentlige instanser finansierer tiltaket (R-COST-6).";

  private DemoContent() {}

  /** The health information, described and arisen before settlement (R-T-TG-2). */
  static HealthInformation health(String impairment, String help) {
    return new HealthInformation(impairment, "Fra fødselen, før bosettingen", true, help);
  }

  /** T1: one measure of direct user time (R-T1-1). */
  static DraftContent t1(HealthInformation health, int hours) {
    return content(
        health,
        List.of(measure("Miljøarbeider i bolig", "Miljøarbeider", 260, hours, NO_OTHER_FUNDING)));
  }

  /** T2: assistance at home and an escort to activities, two measures (R-T2-1). */
  static DraftContent t2(HealthInformation health, int homeHours, int escortHours) {
    return content(
        health,
        List.of(
            measure("Miljøarbeider i bolig", "Miljøarbeider", 265, homeHours, NO_OTHER_FUNDING),
            measure(
                "Ledsager til aktiviteter",
                "Ledsager",
                230,
                escortHours,
                "Frivilligsentralen dekker en ledsager én kveld i uken; resten søkes dekket.")));
  }

  /** A draft not yet finished: the health information and one measure, no answers yet. */
  static DraftContent unfinished(HealthInformation health, int hours) {
    return new DraftContent(
        health,
        null,
        ContributionZone.I,
        null,
        null,
        null,
        List.of(measure("Miljøarbeider i bolig", "Miljøarbeider", 265, hours, null)));
  }

  private static DraftContent content(HealthInformation health, List<MeasureInput> measures) {
    return new DraftContent(
        health,
        "Fastlege og habiliteringstjenesten for voksne; NAV Hjelpemiddelsentral",
        ContributionZone.I,
        false,
        false,
        false,
        measures);
  }

  private static MeasureInput measure(
      String name, String role, long hourlyPay, int hours, String otherFunding) {
    return new MeasureInput(
        name,
        otherFunding,
        null,
        List.of(
            CostLine.directUserTime(
                role, Nok.kroner(hourlyPay), BigDecimal.valueOf(hours), HOLIDAY_PAY, PENSION)));
  }
}
