package no.imdi.grants.disability.documentation;

import no.imdi.grants.shared.Explanation;

/**
 * The checklist item for health documentation: required in every application (R-DOC-2), except in a
 * later T2 year once T2 was granted on a specialist assessment that makes the impairment's duration
 * probable for the rest of the period; an impairment documented as not lasting or tentative needs
 * an updated assessment all the same (R-DOC-7).
 */
final class HealthDocumentationItem {

  private HealthDocumentationItem() {}

  static ChecklistItem of(DocumentationCase c, HealthDocumentation accepted) {
    boolean laterT2Year = c.grantType() == GrantType.T2 && c.grantYear() > 1;
    if (!laterT2Year || !c.t2GrantedOnSpecialistAssessment()) {
      return item(Requirement.REQUIRED, accepted.reason());
    }
    if (c.impairmentNotLastingOrTentative()) {
      Explanation tentative = Explanation.of("R-DOC-7", "R-DOC-7.tentative");
      return item(Requirement.REQUIRED, tentative.and(accepted.reason()));
    }
    return item(
        Requirement.NOT_REQUIRED, Explanation.of("R-DOC-7", "R-DOC-7.lasting", c.grantYear()));
  }

  private static ChecklistItem item(Requirement requirement, Explanation reason) {
    return new ChecklistItem("R-DOC-2", requirement, "R-DOC-2.title", reason);
  }
}
