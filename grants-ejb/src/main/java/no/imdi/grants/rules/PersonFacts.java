package no.imdi.grants.rules;

import java.io.Serializable;
import java.time.LocalDate;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.settlement.UdiHousing;

/**
 * A person's facts as a caseworker types them into the rule calculator or a client sends them to
 * the rules API, before any check: the settlement date, or for a child born after the mother's
 * settlement (R-T-TG-3) the mother's settlement date and the child's birth; the birth date;
 * unaccompanied minor (R-T2-2, R-EM); UDI's special housing (R-T2-3); a child's needs confirmed by
 * UDI (R-T2-4); the household of the integration grant's year-1 code (R-IG-4); and family
 * immigration to a person with residence on humanitarian grounds (R-IG-2). Nothing here is stored.
 */
public record PersonFacts(
    LocalDate settlementDate,
    LocalDate motherSettlementDate,
    LocalDate birthDate,
    boolean unaccompaniedMinor,
    UdiHousing udiHousing,
    boolean childNeedsConfirmedByUdi,
    Household household,
    boolean familyOfHumanitarian)
    implements Serializable {

  public PersonFacts {
    udiHousing = udiHousing == null ? UdiHousing.NONE : udiHousing;
  }

  /** Whether the facts describe a child born after the mother's settlement (R-T-TG-3). */
  public boolean childOfSettledMother() {
    return motherSettlementDate != null && settlementDate == null;
  }

  /**
   * The integration grant's settlement date: the person's own, or for a child born after the
   * mother's settlement the mother's (the child counts from the mother's settlement, R-IG-4).
   */
  public LocalDate integrationGrantSettlementDate() {
    return settlementDate != null ? settlementDate : motherSettlementDate;
  }
}
