package no.imdi.grants.disability.documentation;

import java.util.List;
import no.imdi.grants.shared.Explanation;

/**
 * The checklist item for health documentation: required in every application (R-DOC-2), except in a
 * later T2 year once T2 was granted on a specialist assessment that makes the impairment's duration
 * probable for the rest of the period; an impairment documented as not lasting or tentative needs
 * an updated assessment all the same (R-DOC-7).
 */
final class HealthDocumentationItem {

  static final String NORWEGIAN_TITLE =
      "Helsefaglig dokumentasjon: utredning og kartlegging av funksjonsnivå og hjelpebehov";
  static final String ENGLISH_TITLE =
      "Health documentation: assessment of the level of functioning and the need for help";

  private HealthDocumentationItem() {}

  static ChecklistItem of(DocumentationCase c, HealthDocumentation accepted) {
    boolean laterT2Year = c.grantType() == GrantType.T2 && c.grantYear() > 1;
    if (!laterT2Year || !c.t2GrantedOnSpecialistAssessment()) {
      return item(Requirement.REQUIRED, accepted.reason());
    }
    if (c.impairmentNotLastingOrTentative()) {
      Explanation tentative =
          Explanation.literal(
              List.of("R-DOC-7"),
              "T2 er innvilget på en utredning fra spesialisthelsetjenesten, men"
                  + " funksjonsnedsettelsen er dokumentert som ikke varig eller tentativ: oppdatert"
                  + " utredning kreves (R-DOC-7).",
              "T2 was granted on an assessment by the specialist health service, but the"
                  + " impairment was documented as not lasting or tentative: an updated"
                  + " assessment is required (R-DOC-7).");
      return item(Requirement.REQUIRED, tentative.and(accepted.reason()));
    }
    return item(
        Requirement.NOT_REQUIRED,
        Explanation.literal(
            "R-DOC-7",
            "T2 er innvilget på en utredning fra spesialisthelsetjenesten som sannsynliggjør"
                + " varigheten for resten av tilskuddsperioden: ny helsefaglig dokumentasjon"
                + " kreves ikke for tilskuddsår "
                + c.grantYear()
                + " (R-DOC-7).",
            "T2 was granted on an assessment by the specialist health service that makes the"
                + " impairment's duration probable for the rest of the grant period: no new health"
                + " documentation is required for grant year "
                + c.grantYear()
                + " (R-DOC-7)."));
  }

  private static ChecklistItem item(Requirement requirement, Explanation reason) {
    return new ChecklistItem("R-DOC-2", requirement, NORWEGIAN_TITLE, ENGLISH_TITLE, reason);
  }
}
