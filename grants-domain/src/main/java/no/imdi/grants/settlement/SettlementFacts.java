package no.imdi.grants.settlement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts registered about one settlement: when, on what grounds (R-IG-1), whether by agreement
 * between the state and the municipality and by family reunification (R-T-TG-1), whether the person
 * is an unaccompanied minor (R-EM, R-T2-2), whether they came from UDI's special housing (R-T2-3),
 * and for a child born after the mother's settlement, the mother (R-T-TG-3).
 */
public record SettlementFacts(
    LocalDate settlementDate,
    TargetGroup targetGroup,
    boolean settledByAgreement,
    boolean familyReunification,
    boolean reunificationBySpecialAgreement,
    boolean unaccompaniedMinor,
    UdiHousing udiHousing,
    Long motherPersonId) {

  public SettlementFacts {
    Objects.requireNonNull(settlementDate, "settlementDate");
    Objects.requireNonNull(targetGroup, "targetGroup");
    udiHousing = udiHousing == null ? UdiHousing.NONE : udiHousing;
    if (!familyReunification) {
      reunificationBySpecialAgreement = false;
    }
  }
}
