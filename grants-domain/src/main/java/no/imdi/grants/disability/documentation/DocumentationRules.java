package no.imdi.grants.disability.documentation;

import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.ReasonArgs;

/**
 * The documentation checklist of a T1 or T2 application (R-DOC-1..9): informed consent, health
 * documentation by grant type and year, the measures with their cost calculation, budget and
 * accounts report for T2, individual decisions and PPT assessments where the measures call for
 * them, new consent for new health information, and what must not be attached. Stateless.
 */
public final class DocumentationRules {

  /** The checklist for {@code c}, items ordered by rule id. */
  public DocumentationChecklist checklist(DocumentationCase c) {
    if (c == null) {
      throw new IllegalArgumentException("case is missing");
    }
    HealthDocumentation accepted = HealthDocumentation.forGrant(c.grantType(), c.grantYear());
    List<ChecklistItem> items =
        List.of(
            consent(),
            HealthDocumentationItem.of(c, accepted),
            measures(),
            budgetAndAccounts(c.grantType()),
            ConditionalItems.individualDecisions(c.servicesNeedingIndividualDecision()),
            ConditionalItems.pedagogicalAssessment(c.pedagogicalMeasures()),
            ConditionalItems.newConsent(c.newHealthInformation()));
    return new DocumentationChecklist(
        c.grantType(),
        c.grantYear(),
        items,
        accepted,
        List.of(NotToAttach.values()),
        notToAttach());
  }

  private static ChecklistItem consent() {
    return new ChecklistItem(
        "R-DOC-1",
        Requirement.REQUIRED,
        "R-DOC-1.title",
        Explanation.of("R-DOC-1", "R-DOC-1.required"));
  }

  private static ChecklistItem measures() {
    return new ChecklistItem(
        "R-DOC-3",
        Requirement.REQUIRED,
        "R-DOC-3.title",
        Explanation.of(List.of("R-DOC-3", "R-COST-3"), "R-DOC-3.required"));
  }

  private static ChecklistItem budgetAndAccounts(GrantType type) {
    if (type == GrantType.T1) {
      return new ChecklistItem(
          "R-DOC-4",
          Requirement.NOT_REQUIRED,
          "R-DOC-4.title",
          Explanation.of("R-DOC-4", "R-DOC-4.t1"));
    }
    return new ChecklistItem(
        "R-DOC-4",
        Requirement.REQUIRED,
        "R-DOC-4.title",
        Explanation.of(List.of("R-DOC-4", "R-REP-2"), "R-DOC-4.t2"));
  }

  private static Explanation notToAttach() {
    return Explanation.of(
        "R-DOC-8",
        "R-DOC-8.notToAttach",
        ReasonArgs.joined("join.semicolon", List.of(NotToAttach.values())));
  }
}
