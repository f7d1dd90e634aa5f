package no.imdi.grants.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a rule; carries one problem per field so a form can show each by its field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
