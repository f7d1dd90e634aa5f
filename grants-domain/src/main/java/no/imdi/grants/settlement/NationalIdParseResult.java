package no.imdi.grants.settlement;

import java.util.Optional;

/**
 * The outcome of reading a national identity number typed by a user: either the {@link NationalId}
 * or the {@link NationalIdProblem} that the page shows in the user's language.
 */
public final class NationalIdParseResult {

  private final NationalId id;
  private final NationalIdProblem problem;

  private NationalIdParseResult(NationalId id, NationalIdProblem problem) {
    this.id = id;
    this.problem = problem;
  }

  static NationalIdParseResult valid(NationalId id) {
    return new NationalIdParseResult(id, null);
  }

  static NationalIdParseResult invalid(NationalIdProblem problem) {
    return new NationalIdParseResult(null, problem);
  }

  public boolean isValid() {
    return id != null;
  }

  public Optional<NationalId> id() {
    return Optional.ofNullable(id);
  }

  public Optional<NationalIdProblem> problem() {
    return Optional.ofNullable(problem);
  }

  /** The national identity number, or an IllegalArgumentException naming the problem. */
  public NationalId orElseThrow() {
    if (id == null) {
      throw new IllegalArgumentException(problem.english() + " (" + problem.name() + ")");
    }
    return id;
  }

  @Override
  public String toString() {
    return isValid() ? "valid " + id : "invalid: " + problem;
  }
}
