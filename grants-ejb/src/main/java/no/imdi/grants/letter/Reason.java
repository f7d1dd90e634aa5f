package no.imdi.grants.letter;

import no.imdi.grants.shared.Explanation;

/**
 * One reason a letter gives: the rule id or ids of the rule book ({@code R-DL-6}) and the sentence
 * in bokmål, already rendered, that the pages show for the same rule.
 */
public record Reason(String rule, String text) {

  public Reason {
    Letterhead.requireText(rule, "rule id");
    Letterhead.requireText(text, "reason");
  }

  /** The reason a rule's explanation gives, in bokmål, with all its rule ids. */
  public static Reason of(Explanation explanation) {
    return new Reason(String.join(", ", explanation.rules()), explanation.norwegian());
  }
}
