package no.imdi.grants.golden;

import java.util.Arrays;
import java.util.List;
import no.imdi.grants.disability.documentation.ChecklistItem;
import no.imdi.grants.disability.documentation.DocumentationCase;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.disability.documentation.DocumentationRules;
import no.imdi.grants.disability.documentation.GrantType;

/**
 * The documentation checklists of the corpus (R-DOC-1..9): T1 in grant years 1 and 2 and T2 in
 * years 1-5 and 10, with the case not saying, saying yes and saying no to pedagogical measures,
 * services needing individual decisions and new health information, and T2 granted before on a
 * specialist assessment of a lasting or a tentative impairment.
 */
final class DocumentationCorpus {

  private DocumentationCorpus() {}

  static void write(CorpusWriter w) {
    DocumentationRules rules = new DocumentationRules();
    List<Boolean> answers = Arrays.asList(null, true, false);
    for (GrantType type : GrantType.values()) {
      for (int year : type == GrantType.T1 ? new int[] {1, 2} : new int[] {1, 2, 3, 4, 5, 10}) {
        for (Boolean answer : answers) {
          for (int specialist = 0; specialist < (type == GrantType.T1 ? 1 : 3); specialist++) {
            DocumentationCase c =
                DocumentationCase.of(type, year)
                    .withPedagogicalMeasures(answer)
                    .withServicesNeedingIndividualDecision(answer)
                    .withNewHealthInformation(answer);
            if (specialist > 0) {
              c = c.withT2GrantedOnSpecialistAssessment(specialist == 2);
            }
            checklist(w, rules.checklist(c), answer, specialist);
          }
        }
      }
    }
  }

  private static void checklist(
      CorpusWriter w, DocumentationChecklist c, Boolean answer, int specialist) {
    w.heading(
        "checklist "
            + c.grantType()
            + " year "
            + c.grantYear()
            + " answers "
            + answer
            + " specialist "
            + (specialist == 0 ? "no" : specialist == 1 ? "lasting" : "tentative"));
    for (ChecklistItem item : c.items()) {
      w.line("item " + item.id() + " " + item.requirement());
      w.line("nb title: " + item.title(CorpusWriter.NB));
      w.line("en title: " + item.title(CorpusWriter.EN));
      w.explanation("reason", item.reason());
    }
    w.line("health main " + c.healthDocumentation().mainRule());
    w.line("health alternatives " + c.healthDocumentation().alternatives());
    w.explanation("health documentation", c.healthDocumentation().reason());
    w.explanation("not to attach " + c.notToAttach(), c.notToAttachReason());
  }
}
