package no.imdi.grants.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * Checks the facts given to the rules before they are computed, and names each problem by its field
 * (the API's parameter, the form's input), so that a page shows it next to the field and the API
 * answers 400 naming the parameter. The domain's own checks stay in force; an {@link
 * IllegalArgumentException} they still throw is turned into a problem of the field its message
 * names, or of a given field.
 */
public final class RuleInputs {

  static final int CHILD_BORN_WITHIN_MONTHS = 6; // R-T-TG-3, R-IG-4
  private static final Pattern FIELD =
      Pattern.compile("[a-z][A-Za-z]*(\\[\\d+])?(\\.[a-z][A-Za-z]*(\\[\\d+])?)*");

  private RuleInputs() {}

  /** Problems of the facts for the disability grant schedule (R-T-TG-3, R-T2-2, R-T2-4). */
  public static List<FieldProblem> disabilityProblems(PersonFacts f) {
    List<FieldProblem> problems = new ArrayList<>();
    dates(f, problems);
    if (f.settlementDate() != null && f.motherSettlementDate() != null) {
      problems.add(FieldProblem.of("motherSettlementDate", "rules.settlement.both"));
    } else if (f.settlementDate() == null && f.motherSettlementDate() == null) {
      problems.add(FieldProblem.of("settlementDate", "rules.settlement.missing"));
    }
    LocalDate birth = f.birthDate();
    if (birth == null && (f.childOfSettledMother() || needsBirthDate(f))) {
      problems.add(FieldProblem.of("birthDate", "rules.birthDate.needed"));
    } else if (birth != null && f.childOfSettledMother()) {
      if (birth.isBefore(f.motherSettlementDate())) {
        problems.add(FieldProblem.of("birthDate", "rules.birthDate.beforeMother"));
      }
    } else if (birth != null && f.settlementDate() != null && birth.isAfter(f.settlementDate())) {
      problems.add(FieldProblem.of("birthDate", "rules.birthDate.afterSettlement"));
    }
    return distinct(problems);
  }

  /** Problems of the facts for the integration grant schedule (R-IG-2, R-IG-4, R-EM). */
  public static List<FieldProblem> integrationProblems(PersonFacts f) {
    List<FieldProblem> problems = new ArrayList<>();
    dates(f, problems);
    LocalDate settled = f.integrationGrantSettlementDate();
    if (settled == null) {
      problems.add(FieldProblem.of("settlementDate", "rules.settlement.missing"));
    }
    if (f.birthDate() == null) {
      problems.add(FieldProblem.of("birthDate", "required"));
    }
    if (f.household() == null) {
      problems.add(FieldProblem.of("household", "required"));
    } else if (f.motherSettlementDate() != null && f.household() != Household.CHILD) {
      problems.add(FieldProblem.of("household", "rules.household.child"));
    }
    if (f.motherSettlementDate() != null && f.unaccompaniedMinor()) {
      problems.add(FieldProblem.of("unaccompaniedMinor", "rules.unaccompaniedMinor.withMother"));
    }
    if (settled != null && f.birthDate() != null && f.birthDate().isAfter(settled)) {
      LocalDate mother = f.motherSettlementDate();
      if (mother == null) {
        problems.add(FieldProblem.of("birthDate", "rules.birthDate.afterSettlement"));
      } else if (!f.birthDate().isAfter(mother)
          || f.birthDate().isAfter(mother.plusMonths(CHILD_BORN_WITHIN_MONTHS))) {
        problems.add(
            FieldProblem.of(
                "birthDate",
                "rules.birthDate.notWithinSixMonths",
                mother,
                mother.plusMonths(CHILD_BORN_WITHIN_MONTHS)));
      }
    }
    return distinct(problems);
  }

  /** The disability rules' facts; call after {@link #disabilityProblems} found none. */
  public static SettlementFacts settlementFacts(PersonFacts f) {
    SettlementFacts.Builder builder =
        f.childOfSettledMother()
            ? SettlementFacts.childBornOn(f.birthDate(), f.motherSettlementDate())
            : SettlementFacts.settledOn(f.settlementDate()).bornOn(f.birthDate());
    return builder
        .unaccompaniedMinor(f.unaccompaniedMinor())
        .udiHousing(f.udiHousing())
        .childNeedsConfirmedByUdi(f.childNeedsConfirmedByUdi())
        .build();
  }

  /** The integration grant's person; call after {@link #integrationProblems} found none. */
  public static SettledPerson settledPerson(PersonFacts f) {
    return new SettledPerson(
        f.integrationGrantSettlementDate(),
        f.birthDate(),
        f.household(),
        f.unaccompaniedMinor(),
        f.familyOfHumanitarian(),
        f.motherSettlementDate(),
        null);
  }

  /** A problem when a required date is missing or outside the years the calendar knows. */
  public static List<FieldProblem> dateProblems(String field, LocalDate date) {
    List<FieldProblem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(FieldProblem.of(field, "required"));
    } else {
      range(field, date, problems);
    }
    return problems;
  }

  /** Throws the problems, if any, as one {@link InvalidInputException}. */
  public static void requireNone(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(distinct(problems));
    }
  }

  /**
   * Runs a rule; an {@link IllegalArgumentException} from it becomes a problem of the field its
   * message starts with ({@code measures[0].lines[1].hours is missing}), else of {@code field}.
   */
  public static <T> T guard(String field, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw new InvalidInputException(
          List.of(FieldProblem.of(fieldOf(message, field), "rules.invalid", message)));
    }
  }

  /** The field a domain message starts with ({@code hours is missing}), else the fallback. */
  public static String fieldOf(String message, String fallback) {
    int space = message.indexOf(' ');
    String first = space < 0 ? message : message.substring(0, space);
    return FIELD.matcher(first).matches() ? first : fallback;
  }

  private static boolean needsBirthDate(PersonFacts f) {
    return f.unaccompaniedMinor() || f.childNeedsConfirmedByUdi();
  }

  private static void dates(PersonFacts f, List<FieldProblem> problems) {
    range("settlementDate", f.settlementDate(), problems);
    range("motherSettlementDate", f.motherSettlementDate(), problems);
    range("birthDate", f.birthDate(), problems);
  }

  private static void range(String field, LocalDate date, List<FieldProblem> problems) {
    if (date != null
        && (date.getYear() < NorwegianHolidays.FIRST_YEAR
            || date.getYear() > NorwegianHolidays.LAST_YEAR)) {
      problems.add(
          FieldProblem.of(
              field,
              "rules.date.range",
              String.valueOf(NorwegianHolidays.FIRST_YEAR),
              String.valueOf(NorwegianHolidays.LAST_YEAR)));
    }
  }

  private static List<FieldProblem> distinct(List<FieldProblem> problems) {
    Map<String, FieldProblem> byField = new LinkedHashMap<>();
    for (FieldProblem problem : problems) {
      byField.putIfAbsent(problem.field(), problem);
    }
    return List.copyOf(byField.values());
  }
}
