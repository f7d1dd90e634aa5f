package no.imdi.grants.settlement;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;

/** Checks a typed national id and that it agrees with the typed birth date. */
final class NationalIdCheck {

  private NationalIdCheck() {}

  static void check(
      String nationalId, LocalDate birthDate, boolean allowSynthetic, List<FieldProblem> problems) {
    if (nationalId == null || nationalId.isBlank()) {
      problems.add(FieldProblem.of("nationalId", "required"));
      return;
    }
    NationalIdParseResult result = NationalId.parse(nationalId, allowSynthetic);
    if (result.problem().isPresent()) {
      problems.add(FieldProblem.of("nationalId", "nationalId." + result.problem().get().name()));
      return;
    }
    LocalDate encoded = result.orElseThrow().birthDate();
    if (birthDate != null && !birthDate.equals(encoded)) {
      problems.add(FieldProblem.of("birthDate", "nationalId.birthDateMismatch", encoded));
    }
  }
}
