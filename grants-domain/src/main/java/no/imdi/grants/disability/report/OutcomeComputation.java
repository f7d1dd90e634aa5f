package no.imdi.grants.disability.report;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * The outcome of an accounts report as the rules compute it: the amount granted, the actual costs
 * reported, the actual eligible costs (granted measures IMDi did not exclude), the amount to
 * recover from the next instalment (R-REP-4, R-REP-5; zero when nothing is recovered), the overrun
 * the municipality claimed and that IMDi is to decide (R-REP-3; zero when none), and the
 * explanation with the rule ids, sentence by sentence.
 */
public record OutcomeComputation(
    OutcomeKind kind,
    Nok granted,
    Nok reported,
    Nok eligible,
    Nok recovery,
    Nok claimedOverrun,
    List<MeasureActual> measures,
    Explanation explanation) {

  public OutcomeComputation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
    measures = List.copyOf(measures);
  }

  /** The rule the outcome rests on: R-REP-5, R-REP-4 or R-REP-3. */
  public String rule() {
    return switch (kind) {
      case FULL_RECOVERY -> OutcomeRules.R_REP_5;
      case UNDERSPEND_RECOVERY, SETTLED -> OutcomeRules.R_REP_4;
      case OVERRUN_CLAIM -> OutcomeRules.R_REP_3;
    };
  }
}
