package no.imdi.grants.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a registered or corrected settlement against the register's rules and collects every
 * problem by field: a valid national id (both check digits; synthetic test numbers only in demo
 * mode) that matches the birth date and the sex, names, dates in order, the target group (R-IG-1),
 * unaccompanied minors under 18 (R-EM), a mother whose settlement was at most six months before the
 * child's birth (R-T-TG-3), and a reference person for a family member reunified with a person in
 * the register (R-IG-1). Whether the national id is free is asked last (see {@link
 * #nationalIdFree}), and never by a mere {@link #collect check}.
 */
@ApplicationScoped
public class SettlementValidator {

  static final int MAX_NAME = 255;

  /** The persons a valid command links the settlement to (each may be {@code null}). */
  public record Relations(Person mother, Person reunifiedWith) {}

  @Inject SettlementRepository repository;
  @Inject NationalIdLookups lookups;

  @Inject
  @ConfigProperty(name = "grants.demo.enabled", defaultValue = "false")
  boolean syntheticIdsAccepted;

  /**
   * Validates the command, adding to the problems already found (the municipality's); returns the
   * related persons when there are none, and otherwise throws with all of them.
   */
  public Relations validate(
      SettlementCommand c,
      MunicipalityScope scope,
      Long personId,
      LocalDate today,
      List<FieldProblem> problems) {
    Relations relations = collect(c, scope, today, problems);
    if (problems.isEmpty()) {
      nationalIdFree(c.nationalId(), scope, personId, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return relations;
  }

  /**
   * Adds every problem of the command to {@code problems} without asking whether the national id is
   * free; the fact rules are skipped when the command has no facts.
   */
  public Relations collect(
      SettlementCommand c, MunicipalityScope scope, LocalDate today, List<FieldProblem> problems) {
    NationalIdCheck.check(c.nationalId(), c.birthDate(), c.sex(), syntheticIdsAccepted, problems);
    name("givenName", c.givenName(), problems);
    name("familyName", c.familyName(), problems);
    if (c.birthDate() == null) {
      problems.add(FieldProblem.of("birthDate", "required"));
    }
    if (c.sex() == null) {
      problems.add(FieldProblem.of("sex", "required"));
    }
    SettlementFacts f = c.facts();
    if (f != null) {
      facts(f, c.birthDate(), today, problems);
    }
    return new Relations(mother(c, scope, problems), reunifiedWith(c, scope, problems));
  }

  private static void facts(
      SettlementFacts f, LocalDate birthDate, LocalDate today, List<FieldProblem> problems) {
    if (f.settlementDate().isAfter(today)) {
      problems.add(FieldProblem.of("settlementDate", "settlementDate.future"));
    } else if (birthDate != null && f.settlementDate().isBefore(birthDate)) {
      problems.add(FieldProblem.of("settlementDate", "settlementDate.beforeBirth"));
    }
    if (f.targetGroup() == TargetGroup.FAMILY_REUNIFIED && !f.familyReunification()) {
      problems.add(FieldProblem.of("familyReunification", "familyReunification.required"));
    }
    if (f.unaccompaniedMinor()
        && birthDate != null
        && Period.between(birthDate, f.settlementDate()).getYears() >= 18) {
      problems.add(FieldProblem.of("unaccompaniedMinor", "unaccompaniedMinor.adult"));
    }
  }

  /**
   * Whether the national id is free. Asked only once everything else is valid, so that the form is
   * no oracle of the whole register: an id registered in the caller's own municipality is named as
   * such; one registered elsewhere only says that the municipality cannot register the person and
   * that IMDi registers a move; that lookup is written to the security log and limited per user.
   */
  private void nationalIdFree(
      String nationalId, MunicipalityScope scope, Long personId, List<FieldProblem> problems) {
    Long holder = repository.personWithNationalId(nationalId, personId).orElse(null);
    if (holder == null) {
      return;
    }
    if (repository.personInScope(scope, holder)) {
      problems.add(FieldProblem.of("nationalId", "nationalId.taken"));
    } else if (!lookups.allow()) {
      problems.add(FieldProblem.of("nationalId", "nationalId.lookupLimit"));
    } else {
      lookups.recordElsewhere(holder);
      problems.add(FieldProblem.of("nationalId", "nationalId.registeredElsewhere"));
    }
  }

  private Person mother(SettlementCommand c, MunicipalityScope scope, List<FieldProblem> problems) {
    String motherId = c.motherNationalId() == null ? "" : c.motherNationalId().strip();
    if (motherId.isEmpty()) {
      return null;
    }
    Settlement motherSettlement = repository.findByNationalId(scope, motherId).orElse(null);
    if (motherSettlement == null) {
      problems.add(FieldProblem.of("motherNationalId", "mother.unknown"));
      return null;
    }
    Person mother = motherSettlement.getPerson();
    if (mother.getSex() != Sex.FEMALE || motherId.equals(c.nationalId())) {
      problems.add(FieldProblem.of("motherNationalId", "mother.invalid"));
      return null;
    }
    LocalDate settled = motherSettlement.getSettlementDate();
    // R-T-TG-3: born after the mother's settlement, at most six months after it.
    if (c.birthDate() != null
        && (!c.birthDate().isAfter(settled) || c.birthDate().isAfter(settled.plusMonths(6)))) {
      problems.add(
          FieldProblem.of(
              "motherNationalId", "mother.notWithinSixMonths", settled, settled.plusMonths(6)));
    }
    return mother;
  }

  /**
   * The reference person of a family member reunified with a person in the register (R-IG-1): a
   * settled person within the caller's scope, not the person themselves, and only for a person who
   * came by family reunification.
   */
  private Person reunifiedWith(
      SettlementCommand c, MunicipalityScope scope, List<FieldProblem> problems) {
    String referenceId =
        c.reunifiedWithNationalId() == null ? "" : c.reunifiedWithNationalId().strip();
    if (referenceId.isEmpty()) {
      return null;
    }
    if (referenceId.equals(c.nationalId())) {
      problems.add(FieldProblem.of("reunifiedWithNationalId", "reunifiedWith.self"));
      return null;
    }
    Settlement reference = repository.findByNationalId(scope, referenceId).orElse(null);
    if (reference == null) {
      problems.add(FieldProblem.of("reunifiedWithNationalId", "reunifiedWith.unknown"));
      return null;
    }
    if (c.facts() != null && !c.facts().familyReunification()) {
      problems.add(FieldProblem.of("reunifiedWithNationalId", "reunifiedWith.notReunified"));
    }
    return reference.getPerson();
  }

  private static void name(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, "required"));
    } else if (value.strip().length() > MAX_NAME) {
      problems.add(FieldProblem.of(field, "tooLong", MAX_NAME));
    }
  }
}
