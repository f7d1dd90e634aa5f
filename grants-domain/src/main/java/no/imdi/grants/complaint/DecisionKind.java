package no.imdi.grants.complaint;

import no.imdi.grants.shared.Reasoned;

/**
 * The kinds of decision IMDi sends a municipality, and whether the municipality may complain about
 * them. Decisions on grants (granted, partly granted, refused) and repayment claims are not
 * individual decisions (*enkeltvedtak*, forvaltningsloven § 28, cf. § 2): there is no right of
 * complaint, and an objection is registered as an enquiry (R-AP-1). A decision to dismiss
 * (*avvise*) an application is an individual decision (§ 2 third paragraph) that the municipality
 * may complain about (§ 28, R-AP-2).
 */
public enum DecisionKind {
  GRANTED("en avgjørelse om å innvilge tilskudd", "a decision to award a grant"),
  PARTLY_GRANTED(
      "en avgjørelse om å innvilge tilskudd delvis", "a decision to award part of a grant"),
  REFUSED("en avgjørelse om å avslå tilskudd", "a decision to refuse a grant"),
  DISMISSED("en beslutning om å avvise en søknad", "a decision to dismiss an application"),
  REPAYMENT_CLAIM("et krav om tilbakebetaling", "a repayment claim");

  public static final String RULE_NO_COMPLAINT_RIGHT = "R-AP-1";
  public static final String RULE_DISMISSAL_APPEALABLE = "R-AP-2";

  private final String norwegian;
  private final String english;

  DecisionKind(String norwegian, String english) {
    this.norwegian = norwegian;
    this.english = english;
  }

  /** Only a dismissal is an individual decision (R-AP-2); the others are not (R-AP-1). */
  public boolean isIndividualDecision() {
    return this == DISMISSED;
  }

  /** How a letter objecting to this decision is registered. */
  public LetterKind registerObjectionAs() {
    return isIndividualDecision() ? LetterKind.COMPLAINT : LetterKind.ENQUIRY;
  }

  /** Whether the municipality may complain about this decision, and why. */
  public Reasoned<Boolean> complaintRight() {
    if (isIndividualDecision()) {
      return Reasoned.of(
          true,
          RULE_DISMISSAL_APPEALABLE,
          "Klagerett (R-AP-2: "
              + norwegian
              + " er et enkeltvedtak etter forvaltningsloven § 2 tredje ledd; kommunen kan klage"
              + " etter § 28).",
          "Right of complaint (R-AP-2: "
              + english
              + " is an individual decision under the Public Administration Act section 2 third"
              + " paragraph; the municipality may complain under section 28).");
    }
    return Reasoned.of(
        false,
        RULE_NO_COMPLAINT_RIGHT,
        "Ingen klagerett (R-AP-1: "
            + norwegian
            + " regnes ikke som et enkeltvedtak etter forvaltningsloven § 28, jf. § 2; brevet"
            + " registreres som en henvendelse, ikke som en klage).",
        "No right of complaint (R-AP-1: "
            + english
            + " is not an individual decision under the Public Administration Act section 28, cf."
            + " section 2; the letter is registered as an enquiry, not as a complaint).");
  }
}
