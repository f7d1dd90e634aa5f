package no.imdi.grants.disability.report;

import java.util.List;
import no.imdi.grants.disability.cost.CostLine;

/**
 * A measure as the report form sends it: its name, the position of the granted measure it reports
 * on ({@code null} for a measure the grant did not cover), and its actual cost lines (R-COST-7).
 */
public record ReportMeasureInput(String name, Integer grantedPosition, List<CostLine> lines) {

  public ReportMeasureInput {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
