package no.imdi.grants.disability.application;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.disability.Timeliness;
import no.imdi.grants.disability.cost.CostCalculation;

/**
 * What the submit check found: every problem with its rule id and weight, the cost calculation
 * (when the measures could be calculated), whether the application is in time (R-DL-6) and the
 * deadline that counted (a granted later deadline where there is one, R-DL-5).
 */
public record SubmissionCheck(
    List<SubmitProblem> problems,
    CostCalculation costs,
    Timeliness timeliness,
    LocalDate deadline) {

  public SubmissionCheck {
    problems = List.copyOf(problems);
  }

  public List<SubmitProblem> refusals() {
    return of(Severity.REFUSED);
  }

  public List<SubmitProblem> warnings() {
    return of(Severity.WARNING);
  }

  public List<SubmitProblem> notices() {
    return of(Severity.NOTICE);
  }

  /** Late, with no granted later deadline that covers it: accepted, flagged for dismissal. */
  public boolean toBeDismissed() {
    return timeliness == Timeliness.TO_BE_DISMISSED;
  }

  public boolean maySubmit() {
    return refusals().isEmpty();
  }

  private List<SubmitProblem> of(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }
}
