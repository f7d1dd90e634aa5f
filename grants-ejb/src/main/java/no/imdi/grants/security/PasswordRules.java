package no.imdi.grants.security;

import java.util.Collection;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;

/** The {@link PasswordPolicy}'s refusal of a password as a problem of the form field it came in. */
final class PasswordRules {

  private PasswordRules() {}

  static List<FieldProblem> problems(String field, String password, Collection<String> context) {
    if (password == null || password.isEmpty()) {
      return List.of(FieldProblem.of(field, "password.required"));
    }
    return PasswordPolicy.check(password, context)
        .map(
            refusal ->
                switch (refusal) {
                  case TOO_SHORT ->
                      FieldProblem.of(field, "password.tooShort", PasswordPolicy.MIN_LENGTH);
                  case TOO_LONG ->
                      FieldProblem.of(field, "password.tooLong", PasswordPolicy.MAX_LENGTH);
                  case COMMON -> FieldProblem.of(field, "password.common");
                  case CONTEXT -> FieldProblem.of(field, "password.context");
                })
        .stream()
        .toList();
  }
}
