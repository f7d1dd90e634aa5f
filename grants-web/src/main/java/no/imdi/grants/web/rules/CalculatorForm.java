package no.imdi.grants.web.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.rules.CalculatorQuery;
import no.imdi.grants.rules.PersonFacts;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.UdiHousing;

/**
 * What the calculator form holds, kept as typed between requests; nothing of it is stored. Filled
 * from the register, it takes the settlement's date, unaccompanied minor and UDI housing and the
 * person's birth date; the household of the year-1 code (R-IG-4) is a child for a person under 18
 * on the settlement date and otherwise left for the caseworker to choose, since the register does
 * not hold it.
 */
public class CalculatorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate settlementDate;
  private LocalDate motherSettlementDate;
  private LocalDate birthDate;
  private boolean unaccompaniedMinor;
  private UdiHousing udiHousing = UdiHousing.NONE;
  private boolean childNeedsConfirmedByUdi;
  private Household household;
  private boolean familyOfHumanitarian;
  private LocalDate complaintNoticeReceived;

  static final int ADULT_AGE = 18;

  void fillFrom(LocalDate birth, Settlement settlement) {
    settlementDate = settlement.getSettlementDate();
    motherSettlementDate = null;
    birthDate = birth;
    unaccompaniedMinor = settlement.isUnaccompaniedMinor();
    udiHousing = settlement.getUdiHousing();
    childNeedsConfirmedByUdi = false;
    boolean child =
        birth != null
            && !birth.isAfter(settlementDate)
            && Period.between(birth, settlementDate).getYears() < ADULT_AGE;
    household = child ? Household.CHILD : null;
    familyOfHumanitarian = false;
  }

  CalculatorQuery toQuery() {
    return new CalculatorQuery(
        new PersonFacts(
            settlementDate,
            motherSettlementDate,
            birthDate,
            unaccompaniedMinor,
            udiHousing,
            childNeedsConfirmedByUdi,
            household,
            familyOfHumanitarian),
        complaintNoticeReceived);
  }

  public LocalDate getSettlementDate() {
    return settlementDate;
  }

  public void setSettlementDate(LocalDate settlementDate) {
    this.settlementDate = settlementDate;
  }

  public LocalDate getMotherSettlementDate() {
    return motherSettlementDate;
  }

  public void setMotherSettlementDate(LocalDate motherSettlementDate) {
    this.motherSettlementDate = motherSettlementDate;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public boolean isUnaccompaniedMinor() {
    return unaccompaniedMinor;
  }

  public void setUnaccompaniedMinor(boolean unaccompaniedMinor) {
    this.unaccompaniedMinor = unaccompaniedMinor;
  }

  public UdiHousing getUdiHousing() {
    return udiHousing;
  }

  public void setUdiHousing(UdiHousing udiHousing) {
    this.udiHousing = udiHousing;
  }

  public boolean isChildNeedsConfirmedByUdi() {
    return childNeedsConfirmedByUdi;
  }

  public void setChildNeedsConfirmedByUdi(boolean childNeedsConfirmedByUdi) {
    this.childNeedsConfirmedByUdi = childNeedsConfirmedByUdi;
  }

  public Household getHousehold() {
    return household;
  }

  public void setHousehold(Household household) {
    this.household = household;
  }

  public boolean isFamilyOfHumanitarian() {
    return familyOfHumanitarian;
  }

  public void setFamilyOfHumanitarian(boolean familyOfHumanitarian) {
    this.familyOfHumanitarian = familyOfHumanitarian;
  }

  public LocalDate getComplaintNoticeReceived() {
    return complaintNoticeReceived;
  }

  public void setComplaintNoticeReceived(LocalDate complaintNoticeReceived) {
    this.complaintNoticeReceived = complaintNoticeReceived;
  }
}
