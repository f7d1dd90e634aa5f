package no.imdi.grants.shared;

import java.util.List;

/**
 * What is wrong with one field of a form: the field's name, a message key that the pages translate
 * (bokmål or English), and the values the message needs.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

  public FieldProblem {
    arguments = List.copyOf(arguments);
  }

  public static FieldProblem of(String field, String messageKey, Object... arguments) {
    return new FieldProblem(field, messageKey, List.of(arguments));
  }
}
