package no.imdi.grants.disability.documentation;

/**
 * A kind of health documentation (*helsefaglig dokumentasjon*) that can document the impairment and
 * the need for help (R-DOC-2). Which kinds are accepted depends on the grant type and year; see
 * {@link HealthDocumentation}.
 */
public enum HealthEvidence {
  MUNICIPAL_HEALTH_SERVICE(
      "erklæring fra kommunal helsetjeneste", "a statement from the municipal health service"),
  OTHER_MUNICIPAL_SERVICE(
      "erklæring fra annen kommunal tjeneste med inngående kjennskap til funksjonsnedsettelsen",
      "a statement from another municipal service with thorough knowledge of the impairment"),
  MUNICIPAL_DOCTOR_OR_PSYCHOLOGIST(
      "legeerklæring fra kommunelege eller psykolog",
      "a medical statement from the municipal doctor or a psychologist"),
  SPECIALIST_REFERRAL(
      "henvisning til utredning i spesialisthelsetjenesten",
      "a referral for assessment by the specialist health service"),
  SPECIALIST_HEALTH_SERVICE(
      "utredning fra spesialisthelsetjenesten", "an assessment by the specialist health service"),
  MUNICIPAL_PSYCHOLOGIST_SPECIALIST(
      "utredning fra kommunal psykologspesialist",
      "an assessment by a municipal specialist psychologist"),
  POLICE_OR_COURT_INFORMATION(
      "opplysninger fra politi og rettsvesen", "information from the police and the courts"),
  CHILD_WELFARE_REPORT_OR_DECISION(
      "undersøkelsesrapport og vedtak fra barnevernet",
      "an investigation report and decision from the child welfare service"),
  CHILD_WELFARE_TRIBUNAL_DECISION(
      "vedtak fra barneverns- og helsenemnda",
      "a decision of the child welfare and health tribunal"),
  INTERDISCIPLINARY_SPECIALIST_STATEMENT(
      "fagkyndig spesialisterklæring med tverrfaglig utredning fra andre relevante offentlige"
          + " faginstanser",
      "an expert specialist statement with an interdisciplinary assessment from other relevant"
          + " public bodies");

  private final String norwegian;
  private final String english;

  HealthEvidence(String norwegian, String english) {
    this.norwegian = norwegian;
    this.english = english;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }
}
