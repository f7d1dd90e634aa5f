package no.imdi.grants.disability.documentation;

/**
 * What the documentation checklist needs to know about an application: the grant type and year, and
 * the circumstances that add or remove documents. {@code pedagogicalMeasures} (R-DOC-6), {@code
 * servicesNeedingIndividualDecision} (R-DOC-5) and {@code newHealthInformation} (R-DOC-9) may be
 * {@code null} while the application does not say yet; the document is then asked for "if
 * relevant". {@code t2GrantedOnSpecialistAssessment}: T2 was granted for an earlier year on a
 * specialist assessment that makes the impairment's duration probable for the rest of the period;
 * {@code impairmentNotLastingOrTentative}: the impairment was documented as not lasting or
 * tentative (both R-DOC-7).
 */
public record DocumentationCase(
    GrantType grantType,
    int grantYear,
    Boolean pedagogicalMeasures,
    Boolean servicesNeedingIndividualDecision,
    boolean t2GrantedOnSpecialistAssessment,
    boolean impairmentNotLastingOrTentative,
    Boolean newHealthInformation) {

  /** R-GY-1: grant years are counted from 1, the year that starts on the settlement date. */
  public static final int FIRST_GRANT_YEAR = 1;

  /** The longest T2 period, for persons settled from UDI's special housing (R-T2-3, R-T2-4). */
  public static final int MAX_GRANT_YEAR = 10;

  /** R-T1-1: T1 is for grant year 1 or 2. */
  public static final int R_T1_1_LAST_GRANT_YEAR = 2;

  public DocumentationCase {
    if (grantType == null) {
      throw new IllegalArgumentException("grantType is missing");
    }
    if (grantYear < FIRST_GRANT_YEAR || grantYear > MAX_GRANT_YEAR) {
      throw new IllegalArgumentException(
          "grantYear must be between "
              + FIRST_GRANT_YEAR
              + " and "
              + MAX_GRANT_YEAR
              + ", was "
              + grantYear);
    }
    if (grantType == GrantType.T1 && grantYear > R_T1_1_LAST_GRANT_YEAR) {
      throw new IllegalArgumentException(
          "grantYear must be 1 or 2 for T1 (R-T1-1), was " + grantYear);
    }
    if (grantType == GrantType.T1 && t2GrantedOnSpecialistAssessment) {
      throw new IllegalArgumentException(
          "t2GrantedOnSpecialistAssessment cannot be set for T1: T1 cannot be applied for once T2"
              + " has been granted (R-T1-2)");
    }
  }

  /** A case with nothing known beyond the grant type and year. */
  public static DocumentationCase of(GrantType grantType, int grantYear) {
    return new DocumentationCase(grantType, grantYear, null, null, false, false, null);
  }

  public DocumentationCase withPedagogicalMeasures(Boolean value) {
    return new DocumentationCase(
        grantType,
        grantYear,
        value,
        servicesNeedingIndividualDecision,
        t2GrantedOnSpecialistAssessment,
        impairmentNotLastingOrTentative,
        newHealthInformation);
  }

  public DocumentationCase withServicesNeedingIndividualDecision(Boolean value) {
    return new DocumentationCase(
        grantType,
        grantYear,
        pedagogicalMeasures,
        value,
        t2GrantedOnSpecialistAssessment,
        impairmentNotLastingOrTentative,
        newHealthInformation);
  }

  public DocumentationCase withT2GrantedOnSpecialistAssessment(boolean notLastingOrTentative) {
    return new DocumentationCase(
        grantType,
        grantYear,
        pedagogicalMeasures,
        servicesNeedingIndividualDecision,
        true,
        notLastingOrTentative,
        newHealthInformation);
  }

  public DocumentationCase withNewHealthInformation(Boolean value) {
    return new DocumentationCase(
        grantType,
        grantYear,
        pedagogicalMeasures,
        servicesNeedingIndividualDecision,
        t2GrantedOnSpecialistAssessment,
        impairmentNotLastingOrTentative,
        value);
  }
}
