package no.imdi.grants.casefile;

import java.util.List;
import java.util.Objects;

/**
 * A verb of a case or a matter refused what it was asked: the message (with its rule id of the rule
 * book, where one applies, and its key for the bokmål and English texts the web layer renders), the
 * values the text needs, and the form field it concerns, if any. Nothing was changed.
 */
public class Refusal extends RuntimeException {

  private final CaseMessage reason;
  private final String field;
  private final transient List<Object> arguments;

  public Refusal(CaseMessage reason, String field, List<Object> arguments) {
    super(reason.key() + (reason.rule() == null ? "" : " (" + reason.rule() + ")") + arguments);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = field;
    this.arguments = List.copyOf(arguments);
  }

  public static Refusal of(CaseMessage reason, Object... arguments) {
    return new Refusal(reason, null, List.of(arguments));
  }

  public static Refusal onField(String field, CaseMessage reason, Object... arguments) {
    return new Refusal(reason, field, List.of(arguments));
  }

  public CaseMessage reason() {
    return reason;
  }

  /** The rule id of the rule book, or {@code null} for a rule of the case handling itself. */
  public String rule() {
    return reason.rule();
  }

  public String messageKey() {
    return reason.key();
  }

  public String field() {
    return field;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
