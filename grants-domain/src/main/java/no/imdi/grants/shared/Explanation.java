package no.imdi.grants.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reasons behind a rule's answer: a sequence of {@link Reason}s, each a rule id, a message key
 * and typed arguments, so that a caseworker can check the answer by hand ("Frist 13.12.2024
 * (R-DL-1: 14 måneder etter bosettingsdato 13.10.2023)"). Every computing rule returns its value
 * together with an explanation; nothing is formatted while the rule computes. The sentences are
 * rendered only when read, in the reader's language ({@link #text(Locale)}), from the reasons
 * bundles, and joined with a space. Joining two explanations ({@link #and}) costs one small object.
 */
public final class Explanation {

  /** No reasons: renders as the empty string and cites no rule. */
  public static final Explanation NONE = new Explanation(null, null, null, 0);

  private final Reason reason;
  private final Explanation first;
  private final Explanation second;
  private final int size;

  private Explanation(Reason reason, Explanation first, Explanation second, int size) {
    this.reason = reason;
    this.first = first;
    this.second = second;
    this.size = size;
  }

  /** An explanation of one reason. */
  public static Explanation of(Reason reason) {
    return new Explanation(reason, null, null, 1);
  }

  /** One sentence that cites one rule. */
  public static Explanation of(String rule, String key, Object... args) {
    return of(Reason.of(rule, key, args));
  }

  /** One sentence that cites the rules (or none). */
  public static Explanation of(List<String> rules, String key, Object... args) {
    return of(Reason.of(rules, key, args));
  }

  /** One sentence that cites no rule of its own (a note on the sentences before it). */
  public static Explanation note(String key, Object... args) {
    return of(Reason.phrase(key, args));
  }

  /** This explanation followed by another. */
  public Explanation and(Explanation other) {
    if (other.size == 0) {
      return this;
    }
    return size == 0 ? other : new Explanation(null, this, other, size + other.size);
  }

  /** The reasons in order. */
  public List<Reason> reasons() {
    List<Reason> all = new ArrayList<>(size);
    collect(all);
    return Collections.unmodifiableList(all);
  }

  /** The ids of the rules cited, each once, in the order they are first cited. */
  public List<String> rules() {
    Set<String> rules = new LinkedHashSet<>();
    for (Reason r : reasons()) {
      rules.addAll(r.rules());
    }
    return List.copyOf(rules);
  }

  /** The sentences in the reader's language: English for English, else bokmål. */
  public String text(Locale locale) {
    return ReasonTexts.text(this, locale);
  }

  /** The sentences in bokmål. */
  public String norwegian() {
    return text(ReasonTexts.BOKMAL);
  }

  /** The sentences in English. */
  public String english() {
    return text(Locale.ENGLISH);
  }

  private void collect(List<Reason> into) {
    if (reason != null) {
      into.add(reason);
    } else if (size > 0) {
      first.collect(into);
      second.collect(into);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Explanation e && reasons().equals(e.reasons());
  }

  @Override
  public int hashCode() {
    return hash(1);
  }

  /** The hash of {@link #reasons()} as a list, without building the list. */
  private int hash(int start) {
    if (reason != null) {
      return 31 * start + reason.hashCode();
    }
    return size == 0 ? start : second.hash(first.hash(start));
  }

  @Override
  public String toString() {
    return reasons().toString();
  }
}
