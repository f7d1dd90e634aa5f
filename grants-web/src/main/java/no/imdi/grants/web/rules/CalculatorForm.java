package no.imdi.grants.web.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.rules.CalculatorQuery;
import no.imdi.grants.rules.PersonFacts;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;

/**
 * What the calculator form holds, kept as typed between requests (dates too, see {@link
 * DateInput}); nothing of it is stored. Filled from the register, it takes the settlement's date,
 * unaccompanied minor and UDI housing and the person's birth date; the household of the year-1 code
 * (R-IG-4) is a child for a person under 18 on the settlement date and otherwise left for the
 * caseworker to choose, since the register does not hold it.
 */
public class CalculatorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private DateInput settlementDate;
  private DateInput motherSettlementDate;
  private DateInput birthDate;
  private boolean unaccompaniedMinor;
  private UdiHousing udiHousing = UdiHousing.NONE;
  private boolean childNeedsConfirmedByUdi;
  private Household household;
  private boolean familyOfHumanitarian;
  private DateInput complaintNoticeReceived;

  static final int ADULT_AGE = 18;

  void fillFrom(LocalDate birth, Settlement settlement) {
    LocalDate settled = settlement.getSettlementDate();
    settlementDate = DateInput.of(settled);
    motherSettlementDate = null;
    birthDate = birth == null ? null : DateInput.of(birth);
    unaccompaniedMinor = settlement.isUnaccompaniedMinor();
    udiHousing = settlement.getUdiHousing();
    childNeedsConfirmedByUdi = false;
    boolean child =
        birth != null
            && !birth.isAfter(settled)
            && Period.between(birth, settled).getYears() < ADULT_AGE;
    household = child ? Household.CHILD : null;
    familyOfHumanitarian = false;
  }

  /** The query; a date that cannot be read is noted in {@code problems} and left out. */
  CalculatorQuery toQuery(InputProblems problems) {
    return new CalculatorQuery(
        new PersonFacts(
            problems.date("settlementDate", settlementDate),
            problems.date("motherSettlementDate", motherSettlementDate),
            problems.date("birthDate", birthDate),
            unaccompaniedMinor,
            udiHousing,
            childNeedsConfirmedByUdi,
            household,
            familyOfHumanitarian),
        problems.date("complaintNoticeReceived", complaintNoticeReceived));
  }

  public DateInput getSettlementDate() {
    return settlementDate;
  }

  public void setSettlementDate(DateInput settlementDate) {
    this.settlementDate = settlementDate;
  }

  public DateInput getMotherSettlementDate() {
    return motherSettlementDate;
  }

  public void setMotherSettlementDate(DateInput motherSettlementDate) {
    this.motherSettlementDate = motherSettlementDate;
  }

  public DateInput getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(DateInput birthDate) {
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

  public DateInput getComplaintNoticeReceived() {
    return complaintNoticeReceived;
  }

  public void setComplaintNoticeReceived(DateInput complaintNoticeReceived) {
    this.complaintNoticeReceived = complaintNoticeReceived;
  }
}
