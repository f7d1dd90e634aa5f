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
 * bundles, and joined with a space. A single reason is itself an explanation, and joining
 * explanations ({@link #and}) costs one small object, so a schedule's reasons are cheap to build.
 */
public abstract sealed class Explanation permits Reason, Explanation.Joined {

  /** No reasons: renders as the empty string and cites no rule. */
  public static final Explanation NONE = new Joined(new Explanation[0], 0);

  Explanation() {}

  /** One sentence that cites one rule. */
  public static Explanation of(String rule, String key, Object... args) {
    return Reason.of(rule, key, args);
  }

  /** One sentence that cites the rules (or none). */
  public static Explanation of(List<String> rules, String key, Object... args) {
    return Reason.of(rules, key, args);
  }

  /** One sentence that cites no rule of its own (a note on the sentences before it). */
  public static Explanation note(String key, Object... args) {
    return Reason.phrase(key, args);
  }

  /** How many reasons. */
  abstract int size();

  abstract void collect(List<Reason> into);

  /** This explanation followed by another. */
  public Explanation and(Explanation other) {
    if (other.size() == 0) {
      return this;
    }
    return size() == 0 ? other : new Joined(new Explanation[] {this, other}, size() + other.size());
  }

  /** This explanation followed by the others, in order, as one more object. */
  public Explanation and(Explanation... others) {
    int count = size() > 0 ? 1 : 0;
    int size = size();
    for (Explanation part : others) {
      if (part.size() > 0) {
        count++;
        size += part.size();
      }
    }
    if (count == 0) {
      return NONE;
    }
    Explanation[] parts = new Explanation[count];
    int i = 0;
    if (size() > 0) {
      parts[i++] = this;
    }
    for (Explanation part : others) {
      if (part.size() > 0) {
        parts[i++] = part;
      }
    }
    return count == 1 ? parts[0] : new Joined(parts, size);
  }

  /** The reasons in order. */
  public List<Reason> reasons() {
    List<Reason> all = new ArrayList<>(size());
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

  /** Equal when the reasons are the same sentences in the same order, however they were joined. */
  @Override
  public final boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Explanation other) || other.size() != size()) {
      return false;
    }
    List<Reason> mine = reasons();
    List<Reason> theirs = other.reasons();
    for (int i = 0; i < mine.size(); i++) {
      if (!mine.get(i).sameSentence(theirs.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The hash of the reasons' keys in order, without building the list. */
  @Override
  public final int hashCode() {
    return hash(1);
  }

  abstract int hash(int start);

  @Override
  public String toString() {
    return reasons().toString();
  }

  /** Explanations one after the other. */
  static final class Joined extends Explanation {

    private final Explanation[] parts;
    private final int size;

    Joined(Explanation[] parts, int size) {
      this.parts = parts;
      this.size = size;
    }

    @Override
    int size() {
      return size;
    }

    @Override
    void collect(List<Reason> into) {
      for (Explanation part : parts) {
        part.collect(into);
      }
    }

    @Override
    int hash(int start) {
      int h = start;
      for (Explanation part : parts) {
        h = part.hash(h);
      }
      return h;
    }
  }
}
