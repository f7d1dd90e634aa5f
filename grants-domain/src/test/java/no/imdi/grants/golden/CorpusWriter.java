package no.imdi.grants.golden;

import java.util.Locale;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * Writes the explanation corpus as plain text that a reviewer can read and diff: a heading per case
 * ({@code # ...}), then for each explanation its label and rule ids, the sentence in bokmål ({@code
 * nb:}) and the sentence in English ({@code en:}), exactly as a page or the API shows them.
 */
final class CorpusWriter {

  static final Locale NB = Locale.forLanguageTag("nb");
  static final Locale EN = Locale.ENGLISH;

  private final StringBuilder out = new StringBuilder();

  void heading(String text) {
    out.append("\n# ").append(text).append('\n');
  }

  void explanation(String label, Explanation explanation) {
    out.append(label).append(' ').append(explanation.rules()).append('\n');
    out.append("nb: ").append(explanation.text(NB)).append('\n');
    out.append("en: ").append(explanation.text(EN)).append('\n');
  }

  void reasoned(String label, Reasoned<?> answer) {
    explanation(label + " = " + answer.value(), answer.explanation());
  }

  void line(String text) {
    out.append(text).append('\n');
  }

  String text() {
    return out.toString();
  }
}
