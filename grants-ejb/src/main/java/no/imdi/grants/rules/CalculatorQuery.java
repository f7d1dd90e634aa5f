package no.imdi.grants.rules;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the rule calculator page asks: a person's facts, for the disability grant schedule, the
 * integration grant schedule and the limitation date, and the day the notice of a decision reached
 * the party, for the complaint deadline (R-AP-3). Either part may be left empty.
 */
public record CalculatorQuery(PersonFacts person, LocalDate complaintNoticeReceived)
    implements Serializable {

  /** Whether a settlement date or a mother's settlement date was given. */
  public boolean hasPerson() {
    return person != null
        && (person.settlementDate() != null || person.motherSettlementDate() != null);
  }
}
