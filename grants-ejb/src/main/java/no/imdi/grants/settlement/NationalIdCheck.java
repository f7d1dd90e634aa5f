package no.imdi.grants.settlement;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.shared.FieldProblem;

/**
 * Checks a typed national id and that it agrees with the typed birth date and sex (the id holds
 * both: its first six digits are the birth date, its ninth is odd for a man and even for a woman).
 */
final class NationalIdCheck {

  private NationalIdCheck() {}

  static void check(
      String nationalId,
      LocalDate birthDate,
      Sex sex,
      boolean allowSynthetic,
      List<FieldProblem> problems) {
    if (nationalId == null || nationalId.isBlank()) {
      problems.add(FieldProblem.of("nationalId", "required"));
      return;
    }
    NationalIdParseResult result = NationalId.parse(nationalId, allowSynthetic);
    if (result.problem().isPresent()) {
      problems.add(FieldProblem.of("nationalId", "nationalId." + result.problem().get().name()));
      return;
    }
    NationalId id = result.orElseThrow();
    if (birthDate != null && !birthDate.equals(id.birthDate())) {
      problems.add(FieldProblem.of("birthDate", "nationalId.birthDateMismatch", id.birthDate()));
    }
    if (sex != null && sex != id.sex()) {
      problems.add(FieldProblem.of("sex", "nationalId.sexMismatch." + id.sex().name()));
    }
  }
}
