package no.imdi.grants.settlement;

import java.time.LocalDate;

/** One row of the settlements list: enough to find a person, not their whole record. */
public record SettlementRow(
    long settlementId,
    long personId,
    String givenName,
    String familyName,
    String nationalId,
    LocalDate birthDate,
    String municipalityNumber,
    String municipalityName,
    LocalDate settlementDate,
    TargetGroup targetGroup,
    boolean unaccompaniedMinor) {

  /** The national id with the personal number hidden (birth date digits only), for lists. */
  public String maskedNationalId() {
    return nationalId.length() == 11 ? nationalId.substring(0, 6) + "*****" : nationalId;
  }

  public String fullName() {
    return givenName + " " + familyName;
  }
}
