package no.imdi.grants.disability.documentation;

import java.util.Locale;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;

/**
 * One document of the checklist: the rule it comes from ({@code R-DOC-4}), whether it is required,
 * its title in bokmål and English, and the reason for the requirement in this case.
 */
public record ChecklistItem(
    String id,
    Requirement requirement,
    String norwegianTitle,
    String englishTitle,
    Explanation reason) {

  public ChecklistItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(norwegianTitle, "norwegianTitle");
    Objects.requireNonNull(englishTitle, "englishTitle");
    Objects.requireNonNull(reason, "reason");
  }

  /** The title in English when the language is English, else in bokmål. */
  public String title(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishTitle : norwegianTitle;
  }
}
