package no.imdi.grants.web.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;

/**
 * What a form could not read of what was typed (a date that does not exist, a missing choice the
 * command cannot do without), collected while the form builds its command. A bean that finds any
 * asks the service's side-effect-free check for the rest and shows both at once ({@link
 * #with(List)}); it saves only a form without any.
 */
public final class InputProblems {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** The date of a date field; {@code null} when nothing or no date was typed (then noted). */
  public LocalDate date(String field, DateInput input) {
    if (input == null) {
      return null;
    }
    if (!input.isValid()) {
      problems.add(input.problem(field));
    }
    return input.date();
  }

  /** Notes that a field the command cannot do without is empty. */
  public void required(String field, Object value) {
    if (value == null) {
      problems.add(FieldProblem.of(field, "required"));
    }
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** These problems first, then the other ones (a field shows the first problem it has). */
  public List<FieldProblem> with(List<FieldProblem> others) {
    List<FieldProblem> all = new ArrayList<>(problems);
    all.addAll(others);
    return all;
  }
}
