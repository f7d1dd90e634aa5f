package no.imdi.grants.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The reasons behind a rule's answer: the ids of the rules of the rule book that were used (<code>
 * R-DL-1</code>, ...) and one sentence in Norwegian bokmål and one in English that a caseworker can
 * check by hand. Every computing rule returns its value together with an explanation, and the pages
 * show the sentence in the user's language.
 */
public record Explanation(List<String> rules, String norwegian, String english) {

  public Explanation {
    rules = List.copyOf(new LinkedHashSet<>(rules));
    Objects.requireNonNull(norwegian, "norwegian");
    Objects.requireNonNull(english, "english");
  }

  /** An explanation that cites one rule. */
  public static Explanation of(String rule, String norwegian, String english) {
    return new Explanation(List.of(rule), norwegian, english);
  }

  /** The sentence in the given locale: English when the language is English, else bokmål. */
  public String text(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? english : norwegian;
  }

  /** This explanation followed by another: the rule ids of both, the sentences joined. */
  public Explanation and(Explanation other) {
    List<String> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    return new Explanation(all, join(norwegian, other.norwegian), join(english, other.english));
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + " " + b;
  }
}
