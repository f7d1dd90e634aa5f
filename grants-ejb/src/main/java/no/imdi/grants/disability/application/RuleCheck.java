package no.imdi.grants.disability.application;

import java.util.List;
import no.imdi.grants.shared.Explanation;

/**
 * One rule check of the assessment page: the rule ids, whether the application passes, and why:
 * either a rule's explanation (written in the reader's language when shown) or a case message key
 * with its arguments.
 */
public record RuleCheck(
    String name,
    String rules,
    boolean passed,
    Explanation explanation,
    String messageKey,
    List<Object> arguments) {

  public RuleCheck {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  static RuleCheck of(String name, boolean passed, Explanation why) {
    return new RuleCheck(name, String.join(", ", why.rules()), passed, why, null, List.of());
  }

  static RuleCheck of(String name, String rules, boolean passed, String key, Object... args) {
    return new RuleCheck(name, rules, passed, null, key, List.of(args));
  }
}
