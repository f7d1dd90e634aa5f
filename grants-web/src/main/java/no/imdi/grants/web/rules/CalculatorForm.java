package no.imdi.grants.web.rules;

import java.io.Serializable;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.rules.CalculatorQuery;
import no.imdi.grants.rules.PersonFacts;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;

/**
 * What the calculator form holds, kept as typed between requests (dates too, see {@link
 * DateInput}); nothing of it is stored.
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
