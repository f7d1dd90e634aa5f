package no.imdi.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only synthetic numbers (month + 80) and numbers with birth dates after today are used here, never
 * a real person's number. Check digits are computed in {@link #withCheckDigits} by the published
 * algorithm, independently of the code under test.
 */
class NationalIdTest {

  @ParameterizedTest(name = "{0}{1} -> {2} {3}")
  @DisplayName("Valid synthetic numbers: birth date with century, sex, D number")
  @CsvSource({
    "139023, 512, 2023-10-13, FEMALE, false",
    "018199, 123, 1999-01-01, MALE, false",
    "158575, 912, 1975-05-15, FEMALE, false",
    "318598, 600, 1898-05-31, FEMALE, false",
    "298200, 550, 2000-02-29, FEMALE, false",
    "018120, 951, 2020-01-01, MALE, false",
    "138723, 505, 2023-07-13, MALE, false",
    "539023, 567, 2023-10-13, MALE, true",
    "718899, 499, 1999-08-31, MALE, true"
  })
  void validSyntheticNumbers(
      String birthDigits, String individual, LocalDate birthDate, Sex sex, boolean dNumber) {
    String number = withCheckDigits(birthDigits + individual);
    NationalIdParseResult result = NationalId.parse(number, true);
    assertThat(result.problem()).isEmpty();
    NationalId id = result.orElseThrow();
    assertThat(id.value()).isEqualTo(number);
    assertThat(id.birthDate()).isEqualTo(birthDate);
    assertThat(id.sex()).isEqualTo(sex);
    assertThat(id.isDNumber()).isEqualTo(dNumber);
    assertThat(id.isSynthetic()).isTrue();
    assertThat(id.masked()).isEqualTo(birthDigits + "*****");
    assertThat(id.toString()).isEqualTo(birthDigits + "*****").doesNotContain(individual);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("Known synthetic numbers computed outside Java are accepted; spaces are ignored")
  @ValueSource(
      strings = {"13902351242", "01819912323", "53902356718", "139023 51242", " 01013950187 "})
  void knownValidNumbers(String number) {
    assertThat(NationalId.parse(number, true).isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName(
      "A non-synthetic number (birth date in 2039, not yet issued) is accepted without the flag")
  @CsvSource({"01013950187, MALE", "01013950268, FEMALE"})
  void nonSyntheticNumberWithoutTheFlag(String number, Sex sex) {
    NationalId id = NationalId.of(number, false);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(2039, 1, 1));
    assertThat(id.isSynthetic()).isFalse();
    assertThat(id.isDNumber()).isFalse();
    assertThat(id.sex()).isEqualTo(sex);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @DisplayName("Invalid numbers give the typed problem, checked in order")
  @CsvSource({
    "1390235124, LENGTH",
    "139023512421, LENGTH",
    "1390235124A, NOT_DIGITS",
    "139023-5124, NOT_DIGITS",
    "١٣٩٠٢٣٥١٢٤٢, NOT_DIGITS",
    "13902351243, CHECK_DIGIT_2",
    "13902351252, CHECK_DIGIT_1",
    "13902350700, CHECK_DIGIT_1",
    "13902351242, VALID"
  })
  void invalidNumbers(String number, String expected) {
    NationalIdParseResult result = NationalId.parse(number, true);
    if (expected.equals("VALID")) {
      assertThat(result.isValid()).isTrue();
    } else {
      assertThat(result.isValid()).isFalse();
      assertThat(result.id()).isEmpty();
      assertThat(result.problem()).contains(NationalIdProblem.valueOf(expected));
    }
  }

  @ParameterizedTest(name = "{0}{1}")
  @DisplayName(
      "Dates that do not exist or have no century are INVALID_DATE, even with valid check digits")
  @CsvSource({
    "298223, 010",
    "329023, 012",
    "009023, 012",
    "729023, 012",
    "139323, 014",
    "138023, 012",
    "131323, 012",
    "135023, 012",
    "158575, 800",
    "159045, 600"
  })
  void invalidDates(String birthDigits, String individual) {
    String number = withCheckDigits(birthDigits + individual);
    assertThat(NationalId.parse(number, true).problem()).contains(NationalIdProblem.INVALID_DATE);
  }

  @ParameterizedTest(name = "individual {1}, year {0} -> {2}")
  @DisplayName("The century comes from the individual number ranges; the edges of every range")
  @CsvSource({
    "00, 001, 1900-01-01",
    "39, 499, 1939-01-01",
    "39, 500, 2039-01-01",
    "00, 998, 2000-01-01",
    "53, 500, ",
    "54, 500, 1854-01-01",
    "99, 749, 1899-01-01",
    "99, 750, ",
    "40, 899, ",
    "40, 900, 1940-01-01"
  })
  void centuryFromIndividualNumber(String year, String individual, LocalDate birthDate) {
    String number = withCheckDigits("0181" + year + individual);
    NationalIdParseResult result = NationalId.parse(number, true);
    if (birthDate == null) {
      assertThat(result.problem()).contains(NationalIdProblem.INVALID_DATE);
    } else {
      assertThat(result.orElseThrow().birthDate()).isEqualTo(birthDate);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  @DisplayName("Missing input is LENGTH")
  void missingInput(String input) {
    assertThat(NationalId.parse(input, true).problem()).contains(NationalIdProblem.LENGTH);
  }

  @Test
  @DisplayName("A synthetic number is refused unless synthetic numbers are allowed")
  void syntheticNotAllowed() {
    NationalIdParseResult result = NationalId.parse("13902351242", false);
    assertThat(result.problem()).contains(NationalIdProblem.SYNTHETIC_NOT_ALLOWED);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NationalId.of("13902351242", false))
        .withMessageContaining("SYNTHETIC_NOT_ALLOWED");
  }

  @Test
  @DisplayName("Equal by value; problems carry a bundle key and both languages")
  void equalityAndMessages() {
    assertThat(NationalId.of("13902351242", true))
        .isEqualTo(NationalId.of("139023 51242", true))
        .hasSameHashCodeAs(NationalId.of("13902351242", true))
        .isNotEqualTo(NationalId.of("01819912323", true));
    assertThat(NationalIdProblem.CHECK_DIGIT_1.messageKey())
        .isEqualTo("nationalId.problem.CHECK_DIGIT_1");
    assertThat(NationalIdProblem.LENGTH.norwegian()).isEqualTo("Fødselsnummeret må ha 11 sifre.");
    assertThat(NationalIdProblem.LENGTH.english())
        .isEqualTo("The national identity number must have 11 digits.");
  }

  /** The nine digits followed by the two check digits, computed here by the published algorithm. */
  static String withCheckDigits(String nine) {
    int[] k1Weights = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int[] k2Weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int k1 = mod11(nine, k1Weights);
    int k2 = mod11(nine + k1, k2Weights);
    assertThat(k1).as("first check digit of %s", nine).isLessThan(10);
    assertThat(k2).as("second check digit of %s", nine).isLessThan(10);
    return nine + k1 + k2;
  }

  private static int mod11(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += Character.getNumericValue(digits.charAt(i)) * weights[i];
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }
}
