package no.imdi.grants.disability.report;

import java.util.List;
import no.imdi.grants.shared.Nok;

/**
 * What the municipality fills in on its accounts report: the actual costs per measure with the same
 * cost lines as the application (R-COST-7), and an overrun it claims with the report and why
 * (R-REP-3; {@code null} for none).
 */
public record ReportContent(
    List<ReportMeasureInput> measures, Nok claimedOverrun, String claimReason) {

  public ReportContent {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}
