package no.imdi.grants.disability.cost;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * A measure's calculated cost: its lines and their total in whole kroner (R-COST-7), with a
 * sentence that shows how the amount was reached (R-COST-3).
 */
public record MeasureCost(String name, List<LineCost> lines, Nok total, Explanation reason) {

  public MeasureCost {
    lines = List.copyOf(lines);
  }
}
