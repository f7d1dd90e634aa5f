package no.imdi.grants.disability.application;

import java.util.List;
import no.imdi.grants.disability.cost.CostLine;

/**
 * A measure as the draft form sends it: its name, the municipality's statement of what other public
 * bodies fund and what remains (R-COST-6), for an unaccompanied minor what is beyond the EM grant
 * (R-COST-5), and its cost lines (R-COST-7).
 */
public record MeasureInput(
    String name, String otherFunding, String beyondEmGrant, List<CostLine> lines) {

  public MeasureInput {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
