package no.imdi.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleInputsTest {

  @ParameterizedTest(name = "settled {0}, mother {1}, born {2}, minor {3} -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          2023-10-13 | -          | -          | false | -                    | -
          -          | -          | -          | false | settlementDate       | rules.settlement.missing
          2023-10-13 | 2023-10-13 | -          | false | motherSettlementDate | rules.settlement.both
          -          | 2023-10-13 | -          | false | birthDate            | rules.birthDate.needed
          -          | 2023-10-13 | 2023-10-12 | false | birthDate            | rules.birthDate.beforeMother
          -          | 2023-10-13 | 2024-05-01 | false | -                    | -
          2023-10-13 | -          | 2023-10-14 | false | birthDate            | rules.birthDate.afterSettlement
          2023-10-13 | -          | -          | true  | birthDate            | rules.birthDate.needed
          1899-12-31 | -          | -          | false | settlementDate       | rules.date.range
          """)
  void disabilityFacts(
      LocalDate settled,
      LocalDate mother,
      LocalDate born,
      boolean minor,
      String field,
      String key) {
    List<FieldProblem> problems =
        RuleInputs.disabilityProblems(
            new PersonFacts(settled, mother, born, minor, UdiHousing.NONE, false, null, false));

    if (field == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
      assertThat(problems.get(0).messageKey()).isEqualTo(key);
    }
  }

  @ParameterizedTest(name = "settled {0}, mother {1}, born {2}, {3}, minor {4} -> {5} {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          2023-10-13 | -          | 1990-01-01 | SINGLE_ADULT | false | -                  | -
          2023-10-13 | -          | 1990-01-01 | -            | false | household          | required
          2023-10-13 | -          | -          | SINGLE_ADULT | false | birthDate          | required
          -          | 2023-08-31 | 2024-02-29 | CHILD        | false | -                  | -
          -          | 2023-08-31 | 2024-03-01 | CHILD        | false | birthDate          | rules.birthDate.notWithinSixMonths
          -          | 2023-08-31 | 2024-01-01 | ADULT_IN_FAMILY | false | household       | rules.household.child
          -          | 2023-08-31 | 2024-01-01 | CHILD        | true  | unaccompaniedMinor | rules.unaccompaniedMinor.withMother
          2023-10-13 | -          | 2023-10-14 | CHILD        | false | birthDate          | rules.birthDate.afterSettlement
          """)
  void integrationGrantFacts(
      LocalDate settled,
      LocalDate mother,
      LocalDate born,
      Household household,
      boolean minor,
      String field,
      String key) {
    PersonFacts facts =
        new PersonFacts(settled, mother, born, minor, UdiHousing.NONE, false, household, false);
    List<FieldProblem> problems = RuleInputs.integrationProblems(facts);

    if (field == null) {
      assertThat(problems).isEmpty();
      assertThat(RuleInputs.settledPerson(facts).settlementDate())
          .isEqualTo(settled != null ? settled : mother);
    } else {
      assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
      assertThat(problems.get(0).messageKey()).isEqualTo(key);
    }
  }

  @Test
  void aChildBornAfterTheMothersSettlementCountsFromTheBirth() {
    PersonFacts child =
        new PersonFacts(
            null,
            LocalDate.of(2023, 10, 13),
            LocalDate.of(2024, 2, 1),
            false,
            UdiHousing.NONE,
            false,
            Household.CHILD,
            false);

    assertThat(RuleInputs.settlementFacts(child).referenceDate().date())
        .isEqualTo(LocalDate.of(2024, 2, 1));
  }

  @Test
  void aDomainRefusalBecomesAProblemOfTheFieldItNames() {
    assertThatThrownBy(
            () ->
                RuleInputs.guard(
                    "measures",
                    () -> {
                      throw new IllegalArgumentException("measures[0].lines[1].hours is missing");
                    }))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().get(0).field()).isEqualTo("measures[0].lines[1].hours");
              assertThat(e.problems().get(0).messageKey()).isEqualTo("rules.invalid");
            });
    assertThat(RuleInputs.fieldOf("Year 2200 is outside the supported years", "noticeReceived"))
        .isEqualTo("noticeReceived");
  }
}
