package no.imdi.grants.complaint;

import no.imdi.grants.shared.Reasoned;

/**
 * The kinds of decision IMDi sends a municipality, and whether the municipality may complain about
 * them. Decisions on grants (granted, partly granted, refused) and repayment claims are not
 * individual decisions (*enkeltvedtak*, forvaltningsloven § 28, cf. § 2): there is no right of
 * complaint, and an objection is registered as an enquiry (R-AP-1). A decision to dismiss
 * (*avvise*) an application is an individual decision (§ 2 third paragraph) that the municipality
 * may complain about (§ 28, R-AP-2). The reasons name the kind by the bundle's {@code
 * DecisionKind.CONSTANT} key.
 */
public enum DecisionKind {
  GRANTED,
  PARTLY_GRANTED,
  REFUSED,
  DISMISSED,
  REPAYMENT_CLAIM;

  public static final String RULE_NO_COMPLAINT_RIGHT = "R-AP-1";
  public static final String RULE_DISMISSAL_APPEALABLE = "R-AP-2";

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
      return Reasoned.of(true, RULE_DISMISSAL_APPEALABLE, "R-AP-2.complaintRight", this);
    }
    return Reasoned.of(false, RULE_NO_COMPLAINT_RIGHT, "R-AP-1.noComplaintRight", this);
  }
}
