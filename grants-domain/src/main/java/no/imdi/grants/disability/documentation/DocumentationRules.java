package no.imdi.grants.disability.documentation;

import java.util.Arrays;
import java.util.List;
import no.imdi.grants.shared.Explanation;

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
        "Informert samtykke som navngir helsepersonell og virksomheter som fritas fra taushetsplikt",
        "Informed consent naming the health personnel and bodies released from confidentiality",
        Explanation.literal(
            "R-DOC-1",
            "Informert samtykke kreves i alle søknader om T1 og T2 (R-DOC-1).",
            "Informed consent is required in every application for T1 and T2 (R-DOC-1)."));
  }

  private static ChecklistItem measures() {
    return new ChecklistItem(
        "R-DOC-3",
        Requirement.REQUIRED,
        "Beskrivelse av tiltak med kostnadsberegning",
        "Description of the measures with a cost calculation",
        Explanation.literal(
            List.of("R-DOC-3", "R-COST-3"),
            "Alle søknader beskriver tiltakene og viser hvordan beløpet for hvert tiltak er"
                + " beregnet (R-DOC-3, R-COST-3).",
            "Every application describes the measures and shows how each measure's amount was"
                + " calculated (R-DOC-3, R-COST-3)."));
  }

  private static ChecklistItem budgetAndAccounts(GrantType type) {
    String norwegianTitle =
        "Budsjett, og regnskapsrapport signert av saksbehandler og økonomiansvarlig";
    String englishTitle =
        "Budget, and accounts report signed by the caseworker and finance officer";
    if (type == GrantType.T1) {
      return new ChecklistItem(
          "R-DOC-4",
          Requirement.NOT_REQUIRED,
          norwegianTitle,
          englishTitle,
          Explanation.literal(
              "R-DOC-4",
              "For T1 kreves verken budsjett eller regnskapsrapport (R-DOC-4).",
              "T1 needs neither a budget nor an accounts report (R-DOC-4)."));
    }
    return new ChecklistItem(
        "R-DOC-4",
        Requirement.REQUIRED,
        norwegianTitle,
        englishTitle,
        Explanation.literal(
            List.of("R-DOC-4", "R-REP-2"),
            "For T2 kreves budsjett og regnskapsrapport signert av saksbehandler og"
                + " økonomiansvarlig (R-DOC-4); ved budsjettbasert søknad ettersendes regnskapet"
                + " etter tilskuddsperioden (R-REP-2).",
            "T2 needs a budget and an accounts report signed by the caseworker and the finance"
                + " officer (R-DOC-4); a budget-based application sends the accounts after the"
                + " grant period (R-REP-2)."));
  }

  private static Explanation notToAttach() {
    List<String> norwegian =
        Arrays.stream(NotToAttach.values()).map(NotToAttach::norwegian).toList();
    List<String> english = Arrays.stream(NotToAttach.values()).map(NotToAttach::english).toList();
    return Explanation.literal(
        "R-DOC-8",
        "Skal ikke legges ved: " + String.join("; ", norwegian) + " (R-DOC-8).",
        "Do not attach: " + String.join("; ", english) + " (R-DOC-8).");
  }
}
