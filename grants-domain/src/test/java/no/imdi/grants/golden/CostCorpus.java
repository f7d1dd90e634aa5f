package no.imdi.grants.golden;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.LineCost;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.MeasureCost;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.shared.Nok;

/**
 * The cost calculations of the corpus (R-COST-2, R-COST-3, R-COST-7, R-T1-1, R-T2-1): the rule
 * book's example (1 000 hours at 250 kr, 12 % holiday pay, 10 % pension, zone I: 348 005 kr), every
 * contribution zone, hours and pay with decimals, lines of every time category that is not covered,
 * and totals below, between and above the thresholds.
 */
final class CostCorpus {

  private CostCorpus() {}

  static void write(CorpusWriter w) {
    CostCalculator calculator = new CostCalculator();
    calculation(
        w,
        calculator,
        "rule book example",
        ContributionZone.I,
        List.of(Measure.of("Miljøarbeider", line("1000", "250", "0.12", "0.10"))));
    for (ContributionZone zone : ContributionZone.values()) {
      calculation(
          w,
          calculator,
          "zone " + zone.code(),
          zone,
          List.of(Measure.of("Støttekontakt", line("37.5", "312.45", "0.102", "0.0"))));
    }
    List<CostLine> lines = new ArrayList<>();
    lines.add(line("520", "289.5", "0.143", "0.057"));
    for (TimeCategory category : TimeCategory.values()) {
      lines.add(
          new CostLine(
              "Assistent",
              Nok.of(new BigDecimal("301")),
              new BigDecimal("12.25"),
              category,
              new BigDecimal("0.12"),
              new BigDecimal("0.02")));
    }
    calculation(
        w,
        calculator,
        "categories",
        ContributionZone.IVA,
        List.of(
            new Measure("Bofellesskap", lines),
            Measure.of("Tolk", line("0", "500", "0.12", "0")),
            Measure.of("Lærer \"spesial\"", line("400", "410", "0.12", "0.1"))));
    calculation(
        w,
        calculator,
        "between thresholds",
        ContributionZone.V,
        List.of(Measure.of("Avlastning", line("600", "250", "0", "0"))));
    calculation(
        w,
        calculator,
        "above both",
        ContributionZone.II,
        List.of(
            Measure.of("Miljøarbeider", line("2000", "300", "0.12", "0.1")),
            Measure.of("Natt", line("1500", "280.75", "0.12", "0.1"))));
  }

  private static CostLine line(String hours, String pay, String holiday, String pension) {
    return CostLine.directUserTime(
        "Miljøterapeut",
        Nok.of(new BigDecimal(pay)),
        new BigDecimal(hours),
        new BigDecimal(holiday),
        new BigDecimal(pension));
  }

  private static void calculation(
      CorpusWriter w,
      CostCalculator calculator,
      String name,
      ContributionZone zone,
      List<Measure> measures) {
    w.heading("cost calculation, " + name);
    CostCalculation c = calculator.calculate(zone, measures);
    for (MeasureCost m : c.measures()) {
      for (LineCost l : m.lines()) {
        w.explanation("line " + l.total(), l.reason());
      }
      w.explanation("measure " + m.name() + " " + m.total(), m.reason());
    }
    w.explanation("total " + c.total(), c.reason());
    w.reasoned("T1 threshold", c.t1Threshold());
    w.reasoned("T2 threshold", c.t2Threshold());
  }
}
