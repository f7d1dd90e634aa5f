package no.imdi.grants.disability.documentation;

import java.util.Locale;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonTexts;

/**
 * One document of the checklist: the rule it comes from ({@code R-DOC-4}), whether it is required,
 * the key of its title in the reasons bundles ({@code R-DOC-4.title}), and the reason for the
 * requirement in this case.
 */
public record ChecklistItem(
    String id, Requirement requirement, String titleKey, Explanation reason) {

  public ChecklistItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(reason, "reason");
  }

  /** The title in English when the language is English, else in bokmål. */
  public String title(Locale locale) {
    return ReasonTexts.text(Reason.phrase(titleKey), locale);
  }

  public String norwegianTitle() {
    return title(ReasonTexts.BOKMAL);
  }

  public String englishTitle() {
    return title(Locale.ENGLISH);
  }
}
