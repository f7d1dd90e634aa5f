package no.imdi.grants.web.settlement;

import java.io.Serializable;
import java.time.LocalDate;
import no.imdi.grants.settlement.SettlementCommand;
import no.imdi.grants.settlement.SettlementFacts;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/** What the settlement form holds while it is being filled in, kept as typed between requests. */
public class SettlementForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long settlementVersion;
  private long personVersion;
  private String nationalId;
  private String givenName;
  private String familyName;
  private LocalDate birthDate;
  private Sex sex;
  private String municipalityNumber;
  private LocalDate settlementDate;
  private TargetGroup targetGroup;
  private boolean settledByAgreement = true;
  private boolean familyReunification;
  private boolean reunificationBySpecialAgreement;
  private boolean unaccompaniedMinor;
  private UdiHousing udiHousing = UdiHousing.NONE;
  private String motherNationalId;
  private boolean motherHidden;

  static SettlementForm of(SettlementCommand c) {
    SettlementForm f = new SettlementForm();
    f.settlementVersion = c.settlementVersion();
    f.personVersion = c.personVersion();
    f.nationalId = c.nationalId();
    f.givenName = c.givenName();
    f.familyName = c.familyName();
    f.birthDate = c.birthDate();
    f.sex = c.sex();
    f.municipalityNumber = c.municipalityNumber();
    SettlementFacts facts = c.facts();
    f.settlementDate = facts.settlementDate();
    f.targetGroup = facts.targetGroup();
    f.settledByAgreement = facts.settledByAgreement();
    f.familyReunification = facts.familyReunification();
    f.reunificationBySpecialAgreement = facts.reunificationBySpecialAgreement();
    f.unaccompaniedMinor = facts.unaccompaniedMinor();
    f.udiHousing = facts.udiHousing();
    f.motherNationalId = c.motherNationalId();
    f.motherHidden = c.motherHidden();
    return f;
  }

  SettlementFacts facts() {
    java.util.List<FieldProblem> missing = new java.util.ArrayList<>();
    if (settlementDate == null) {
      missing.add(FieldProblem.of("settlementDate", "required"));
    }
    if (targetGroup == null) {
      missing.add(FieldProblem.of("targetGroup", "required"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    return new SettlementFacts(
        settlementDate,
        targetGroup,
        settledByAgreement,
        familyReunification,
        reunificationBySpecialAgreement,
        unaccompaniedMinor,
        udiHousing,
        null);
  }

  SettlementCommand toCommand(Long settlementId) {
    return new SettlementCommand(
        settlementId,
        settlementVersion,
        personVersion,
        nationalId == null ? null : nationalId.replaceAll("\\s", ""),
        givenName,
        familyName,
        birthDate,
        sex,
        municipalityNumber,
        facts(),
        motherNationalId == null ? null : motherNationalId.replaceAll("\\s", ""),
        motherHidden);
  }

  /** The mother lives where the user may not see her: the form shows a placeholder instead. */
  public boolean isMotherHidden() {
    return motherHidden;
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getMunicipalityNumber() {
    return municipalityNumber;
  }

  public void setMunicipalityNumber(String municipalityNumber) {
    this.municipalityNumber = municipalityNumber;
  }

  public LocalDate getSettlementDate() {
    return settlementDate;
  }

  public void setSettlementDate(LocalDate settlementDate) {
    this.settlementDate = settlementDate;
  }

  public TargetGroup getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(TargetGroup targetGroup) {
    this.targetGroup = targetGroup;
  }

  public boolean isSettledByAgreement() {
    return settledByAgreement;
  }

  public void setSettledByAgreement(boolean settledByAgreement) {
    this.settledByAgreement = settledByAgreement;
  }

  public boolean isFamilyReunification() {
    return familyReunification;
  }

  public void setFamilyReunification(boolean familyReunification) {
    this.familyReunification = familyReunification;
  }

  public boolean isReunificationBySpecialAgreement() {
    return reunificationBySpecialAgreement;
  }

  public void setReunificationBySpecialAgreement(boolean value) {
    this.reunificationBySpecialAgreement = value;
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

  public String getMotherNationalId() {
    return motherNationalId;
  }

  public void setMotherNationalId(String motherNationalId) {
    this.motherNationalId = motherNationalId;
  }
}
