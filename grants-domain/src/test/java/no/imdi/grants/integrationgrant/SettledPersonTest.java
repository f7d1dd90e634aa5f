package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettledPersonTest {

  @ParameterizedTest(name = "{0}")
  @DisplayName("Invalid input is rejected with an IllegalArgumentException naming the field")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no settlement date          |            | 1990-01-01 | SINGLE_ADULT    | false |            |            | settlementDate is required
          no birth date               | 2023-01-01 |            | SINGLE_ADULT    | false |            |            | birthDate is required
          no household                | 2023-01-01 | 1990-01-01 |                 | false |            |            | household is required
          born after settlement       | 2023-01-01 | 2023-01-02 | CHILD           | false |            |            | birthDate 02.01.2023 is after settlementDate 01.01.2023
          born 6 months + 1 day after | 2023-08-31 | 2024-03-01 | CHILD           | false | 2023-08-31 |            | birthDate 01.03.2024 is after settlementDate 31.08.2023
          born before mother          | 2023-01-01 | 2023-02-01 | CHILD           | false | 2023-03-01 |            | birthDate 01.02.2023 is after settlementDate 01.01.2023
          mother for an adult         | 2023-01-01 | 1990-01-01 | ADULT_IN_FAMILY | false | 2023-01-01 |            | motherSettlementDate is only for a child
          unaccompanied with mother   | 2023-01-01 | 2020-01-01 | CHILD           | true  | 2023-01-01 |            | unaccompaniedMinor cannot be combined with motherSettlementDate
          registered before settled   | 2023-04-01 | 1990-01-01 | SINGLE_ADULT    | false |            | 2023-03-31 | registrationDate 31.03.2023 is before settlementDate 01.04.2023
          registered before birth     | 2023-08-31 | 2024-02-01 | CHILD           | false | 2023-08-31 | 2024-01-31 | registrationDate 31.01.2024 is before birthDate 01.02.2024
          """)
  void invalidInputIsRejectedNamingTheField(
      String description,
      String settlement,
      String birth,
      Household household,
      boolean unaccompanied,
      String motherSettlement,
      String registration,
      String message) {
    assertThatThrownBy(
            () ->
                new SettledPerson(
                    date(settlement),
                    date(birth),
                    household,
                    unaccompanied,
                    false,
                    date(motherSettlement),
                    date(registration)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  @DisplayName("Invalid settings and a missing person are rejected naming the field")
  void invalidSettingsAndMissingPersonAreRejected() {
    assertThatThrownBy(() -> Fixtures.settings(0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("familyOfHumanitarianYears must be 1 to 5, was 0");
    assertThatThrownBy(() -> Fixtures.settings(6, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("familyOfHumanitarianYears must be 1 to 5, was 6");
    assertThatThrownBy(() -> Fixtures.calculator().schedule(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person is required");
  }

  @Test
  @DisplayName("R-IG-4 age in whole years; born 29.02 is a year older on 01.03 in other years")
  void ageOnCountsWholeYears() {
    SettledPerson person =
        SettledPerson.of(
            date("2023-03-01"), date("1964-02-29"), Household.SINGLE_ADULT, false, false);

    assertThat(person.ageOn(date("2023-02-28"))).isEqualTo(58);
    assertThat(person.ageOn(date("2023-03-01"))).isEqualTo(59);
    assertThat(person.ageOn(date("2024-02-28"))).isEqualTo(59);
    assertThat(person.ageOn(date("2024-02-29"))).isEqualTo(60);
  }
}
