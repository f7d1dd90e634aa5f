package no.imdi.grants.web.settlement;

import java.io.Serializable;
import java.time.LocalDate;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.NationalIdParseResult;
import no.imdi.grants.settlement.SettlementCommand;
import no.imdi.grants.settlement.SettlementFacts;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;

/**
 * What the settlement form holds while it is being filled in, kept as typed between requests (a
 * date that is no date too, see {@link DateInput}).
 */
public class SettlementForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long settlementVersion;
  private long personVersion;
  private String nationalId;
  private String givenName;
  private String familyName;
  private DateInput birthDate;
  private Sex sex;
  private String municipalityNumber;
  private DateInput settlementDate;
  private TargetGroup targetGroup;
  private boolean settledByAgreement = true;
  private boolean familyReunification;
  private boolean reunificationBySpecialAgreement;
  private boolean unaccompaniedMinor;
  private UdiHousing udiHousing = UdiHousing.NONE;
  private String motherNationalId;
  private boolean motherHidden;
  private String reunifiedWithNationalId;
  private boolean reunifiedWithHidden;
  private Household household;

  static SettlementForm of(SettlementCommand c) {
    SettlementForm f = new SettlementForm();
    f.settlementVersion = c.settlementVersion();
    f.personVersion = c.personVersion();
    f.nationalId = c.nationalId();
    f.givenName = c.givenName();
    f.familyName = c.familyName();
    f.birthDate = DateInput.of(c.birthDate());
    f.sex = c.sex();
    f.municipalityNumber = c.municipalityNumber();
    SettlementFacts facts = c.facts();
    f.settlementDate = DateInput.of(facts.settlementDate());
    f.targetGroup = facts.targetGroup();
    f.settledByAgreement = facts.settledByAgreement();
    f.familyReunification = facts.familyReunification();
    f.reunificationBySpecialAgreement = facts.reunificationBySpecialAgreement();
    f.unaccompaniedMinor = facts.unaccompaniedMinor();
    f.udiHousing = facts.udiHousing();
    f.motherNationalId = c.motherNationalId();
    f.motherHidden = c.motherHidden();
    f.reunifiedWithNationalId = c.reunifiedWithNationalId();
    f.reunifiedWithHidden = c.reunifiedWithHidden();
    f.household = c.household();
    return f;
  }

  /** The facts, or {@code null} when the settlement date or the target group is missing. */
  private SettlementFacts facts(InputProblems problems) {
    LocalDate date = problems.date("settlementDate", settlementDate);
    if (settlementDate == null) {
      problems.required("settlementDate", null);
    }
    problems.required("targetGroup", targetGroup);
    if (date == null || targetGroup == null) {
      return null;
    }
    return new SettlementFacts(
        date,
        targetGroup,
        settledByAgreement,
        familyReunification,
        reunificationBySpecialAgreement,
        unaccompaniedMinor,
        udiHousing,
        null);
  }

  /**
   * The command for the service; what cannot be read of the input is noted in {@code problems} (and
   * is {@code null} in the command: the facts, when the settlement date or the target group is
   * missing).
   */
  SettlementCommand toCommand(Long settlementId, InputProblems problems) {
    return new SettlementCommand(
        settlementId,
        settlementVersion,
        personVersion,
        digits(nationalId),
        givenName,
        familyName,
        problems.date("birthDate", birthDate),
        sex,
        municipalityNumber,
        facts(problems),
        digits(motherNationalId),
        motherHidden,
        digits(reunifiedWithNationalId),
        reunifiedWithHidden,
        household);
  }

  private static String digits(String nationalId) {
    return nationalId == null ? null : nationalId.replaceAll("\\s", "");
  }

  /**
   * Fills the birth date and the sex from the national id when it is a valid one (the id holds
   * both: see {@link NationalId}); otherwise leaves them as they are.
   */
  boolean fillFromNationalId() {
    NationalIdParseResult parsed = NationalId.parse(nationalId, true);
    if (!parsed.isValid()) {
      return false;
    }
    NationalId id = parsed.orElseThrow();
    birthDate = DateInput.of(id.birthDate());
    sex = id.sex();
    return true;
  }

  /** The household position at settlement (R-IG-4), asked by a new registration only. */
  public Household getHousehold() {
    return household;
  }

  public void setHousehold(Household household) {
    this.household = household;
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

  public DateInput getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(DateInput birthDate) {
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

  public DateInput getSettlementDate() {
    return settlementDate;
  }

  public void setSettlementDate(DateInput settlementDate) {
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

  /** The reference person lives where the user may not see them: the form shows a placeholder. */
  public boolean isReunifiedWithHidden() {
    return reunifiedWithHidden;
  }

  public String getReunifiedWithNationalId() {
    return reunifiedWithNationalId;
  }

  public void setReunifiedWithNationalId(String reunifiedWithNationalId) {
    this.reunifiedWithNationalId = reunifiedWithNationalId;
  }
}
