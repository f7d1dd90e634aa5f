package no.imdi.grants.disability.cost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A measure (*tiltak*) put in place because of the person's impairment, with the cost lines that
 * show how its amount was reached (R-COST-3, R-COST-7). As entered; {@link CostCalculator}
 * validates it.
 */
public record Measure(String name, List<CostLine> lines) {

  public Measure {
    lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
  }

  public static Measure of(String name, CostLine... lines) {
    return new Measure(name, List.of(lines));
  }
}
