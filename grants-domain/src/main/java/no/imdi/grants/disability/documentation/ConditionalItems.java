package no.imdi.grants.disability.documentation;

import no.imdi.grants.shared.Explanation;

/**
 * The checklist items that depend on the measures and on new health information: individual
 * decisions (*enkeltvedtak*) where the law requires one (R-DOC-5), the PPT's assessment and
 * recommendation for pedagogical measures (R-DOC-6), and new consent when health personnel, health
 * bodies or the PPT give new information (R-DOC-9). Each is required when the case says yes, not
 * required when it says no, and asked for "if relevant" while the case does not say; the reasons
 * are the bundle's {@code R-DOC-5.yes}, {@code .no} and {@code .unknown}.
 */
final class ConditionalItems {

  private ConditionalItems() {}

  static ChecklistItem individualDecisions(Boolean applies) {
    return item("R-DOC-5", applies);
  }

  static ChecklistItem pedagogicalAssessment(Boolean applies) {
    return item("R-DOC-6", applies);
  }

  static ChecklistItem newConsent(Boolean applies) {
    return item("R-DOC-9", applies);
  }

  private static ChecklistItem item(String id, Boolean applies) {
    Requirement requirement =
        applies == null
            ? Requirement.IF_RELEVANT
            : applies ? Requirement.REQUIRED : Requirement.NOT_REQUIRED;
    String answer = applies == null ? ".unknown" : applies ? ".yes" : ".no";
    return new ChecklistItem(id, requirement, id + ".title", Explanation.of(id, id + answer));
  }
}
