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
 * sentence is read ({@link #text(Locale)}), in the reader's language, by {@link ReasonTexts}. A
 * reason is the explanation of one sentence.
 */
public final class Reason extends Explanation {

  /** No rule, one rule id (a String) or the list of rule ids: most reasons cite one rule. */
  private final Object rules;

  private final String key;
  private final Object[] args;

  private Reason(Object rules, String key, Object[] args) {
    this.rules = rules;
    this.key = Objects.requireNonNull(key, "key");
    this.args = args;
  }

  /** A sentence that cites the rules. */
  public static Reason of(List<String> rules, String key, Object... args) {
    return new Reason(rules.size() == 1 ? rules.get(0) : List.copyOf(rules), key, args);
  }

  /** A sentence that cites one rule. */
  public static Reason of(String rule, String key, Object... args) {
    return new Reason(Objects.requireNonNull(rule, "rule"), key, args);
  }

  /** A part of a sentence, or a sentence that cites no rule of its own. */
  public static Reason phrase(String key, Object... args) {
    return new Reason(List.of(), key, args);
  }

  @SuppressWarnings("unchecked")
  public List<String> rules() {
    return rules instanceof String rule ? List.of(rule) : (List<String>) rules;
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
  @Override
  public String text(Locale locale) {
    return ReasonTexts.text(this, locale);
  }

  @Override
  int size() {
    return 1;
  }

  @Override
  void collect(List<Reason> into) {
    into.add(this);
  }

  @Override
  int hash(int start) {
    return 31 * start + key.hashCode();
  }

  /** The same key, rule ids and arguments. */
  boolean sameSentence(Reason r) {
    return key.equals(r.key) && rules().equals(r.rules()) && Arrays.equals(args, r.args);
  }

  @Override
  public String toString() {
    return key + Arrays.toString(args) + rules();
  }
}
