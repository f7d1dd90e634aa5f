package no.imdi.grants.letter;

import java.util.Objects;
import no.imdi.grants.shared.Nok;

/**
 * A measure (*tiltak*) of an application with the costs the municipality applied for and the costs
 * IMDi approved as eligible (R-COST); a measure that is not covered is approved with 0 kr. IMDi
 * never approves more than was applied for.
 */
public record MeasureAmount(String measure, Nok applied, Nok approved) {

  public MeasureAmount {
    Letterhead.requireText(measure, "measure");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(approved, "approved");
    if (approved.compareTo(Nok.ZERO) < 0 || approved.compareTo(applied) > 0) {
      throw new IllegalArgumentException(
          "Approved " + approved + " for " + measure + " is not between 0 and " + applied);
    }
  }
}
