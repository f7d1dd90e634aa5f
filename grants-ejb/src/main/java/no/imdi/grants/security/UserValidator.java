package no.imdi.grants.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.imdi.grants.shared.FieldProblem;

/**
 * What a new user and a new assignment must be: a username of lower-case letters, digits and {@code
 * . _ -} (2-64, starting with a letter or digit), a display name, an e-mail address, a role, and a
 * municipality exactly when the role is a municipality's.
 */
final class UserValidator {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private UserValidator() {}

  static List<FieldProblem> problems(NewUserCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.username() == null || !USERNAME.matcher(c.username().strip()).matches()) {
      problems.add(FieldProblem.of("username", "user.username.invalid"));
    }
    text(problems, "displayName", c.displayName(), 255);
    text(problems, "email", c.email(), 254);
    if (c.email() != null && !c.email().isBlank() && !EMAIL.matcher(c.email().strip()).matches()) {
      problems.add(FieldProblem.of("email", "user.email.invalid"));
    }
    problems.addAll(assignment(c.role(), c.municipalityNumber()));
    return problems;
  }

  static List<FieldProblem> assignment(Role role, String municipality) {
    if (role == null) {
      return List.of(FieldProblem.of("role", "user.role.required"));
    }
    boolean given = municipality != null && !municipality.isBlank();
    if (role.belongsToMunicipality() && !given) {
      return List.of(FieldProblem.of("municipality", "user.municipality.required"));
    }
    if (!role.belongsToMunicipality() && given) {
      return List.of(FieldProblem.of("municipality", "user.municipality.notForRole"));
    }
    return List.of();
  }

  private static void text(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, "required"));
    } else if (value.strip().length() > max) {
      problems.add(FieldProblem.of(field, "tooLong", max));
    }
  }
}
