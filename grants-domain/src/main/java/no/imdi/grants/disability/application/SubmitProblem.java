package no.imdi.grants.disability.application;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;

/**
 * One finding of the submit check: its rule id, how it weighs, and its message (a key of the bokmål
 * and English texts, with the values the text needs).
 */
public record SubmitProblem(Severity severity, CaseMessage message, List<Object> arguments) {

  public SubmitProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
  }

  static SubmitProblem of(Severity severity, CaseMessage message, Object... arguments) {
    return new SubmitProblem(severity, message, List.of(arguments));
  }

  static SubmitProblem refusing(Refusal refusal) {
    return new SubmitProblem(Severity.REFUSED, refusal.reason(), refusal.arguments());
  }

  /** The rule id of the rule book (R-DOC-2 ...), or {@code null}. */
  public String rule() {
    return message.rule();
  }

  public String messageKey() {
    return message.key();
  }

  Refusal toRefusal() {
    return new Refusal(message, null, arguments);
  }
}
