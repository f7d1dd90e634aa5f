package no.imdi.grants.shared;

import java.util.List;
import java.util.Objects;

/**
 * A value computed by a rule together with its {@link Explanation}: the answer a caseworker sees
 * ("Frist 13.12.2024 (R-DL-1: 14 måneder etter bosetting 13.10.2023)").
 *
 * @param <T> the type of the value; may be {@code null} where the rule can say why there is no
 *     value (for example no known rate)
 */
public record Reasoned<T>(T value, Explanation explanation) {

  public Reasoned {
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The value with one sentence that cites one rule: its message key and typed arguments. */
  public static <T> Reasoned<T> of(T value, String rule, String key, Object... args) {
    return new Reasoned<>(value, Explanation.of(rule, key, args));
  }

  public List<String> rules() {
    return explanation.rules();
  }
}
