package no.imdi.grants.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One sentence of an {@link Explanation}, as data: the rule ids it cites ({@code R-DL-1}, ...), the
 * key of its text in the reasons bundles ({@code no/imdi/grants/reasons.properties}, bokmål, and
 * {@code reasons_en.properties}) and its typed arguments: dates, amounts ({@link Nok}), counts,
 * kinds (enums), codes, and other reasons as parts of the sentence. Nothing is formatted until the
 * sentence is read ({@link #text(Locale)}), in the reader's language, by {@link ReasonTexts}.
 */
public final class Reason {

  private final List<String> rules;
  private final String key;
  private final Object[] args;

  private Reason(List<String> rules, String key, Object[] args) {
    this.rules = rules;
    this.key = Objects.requireNonNull(key, "key");
    this.args = args;
  }

  /** A sentence that cites the rules. */
  public static Reason of(List<String> rules, String key, Object... args) {
    return new Reason(List.copyOf(rules), key, args);
  }

  /** A sentence that cites one rule. */
  public static Reason of(String rule, String key, Object... args) {
    return new Reason(List.of(rule), key, args);
  }

  /** A part of a sentence, or a sentence that cites no rule of its own. */
  public static Reason phrase(String key, Object... args) {
    return new Reason(List.of(), key, args);
  }

  public List<String> rules() {
    return rules;
  }

  public String key() {
    return key;
  }

  /** The arguments, in the order of the pattern's {@code {0}}, {@code {1}}, ... */
  public List<Object> args() {
    return Arrays.asList(args.clone());
  }

  Object arg(int index) {
    return args[index];
  }

  int argCount() {
    return args.length;
  }

  /** The sentence in the reader's language. */
  public String text(Locale locale) {
    return ReasonTexts.text(this, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r
        && key.equals(r.key)
        && rules.equals(r.rules)
        && Arrays.equals(args, r.args);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * key.hashCode() + rules.hashCode()) + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return key + Arrays.toString(args) + rules;
  }
}
