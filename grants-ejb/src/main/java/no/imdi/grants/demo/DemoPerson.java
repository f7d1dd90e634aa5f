package no.imdi.grants.demo;

import java.time.LocalDate;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;

/** One synthetic person and settlement before it is written; the mother for a later-born child. */
record DemoPerson(
    String nationalId,
    String givenName,
    String familyName,
    LocalDate birthDate,
    boolean female,
    int age,
    String municipality,
    LocalDate settlementDate,
    TargetGroup targetGroup,
    boolean settledByAgreement,
    boolean familyReunification,
    boolean specialAgreement,
    boolean unaccompaniedMinor,
    UdiHousing udiHousing,
    DemoPerson mother) {}
