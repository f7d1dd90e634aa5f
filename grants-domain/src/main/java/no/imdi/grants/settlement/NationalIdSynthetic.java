package no.imdi.grants.settlement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Makes synthetic birth numbers (80 added to the month) for demo and test data, so that no real
 * person's number is ever used: the individual numbers of the birth year's century are taken in
 * ascending order, those of the wrong sex and those whose check digit would be 10 skipped.
 */
final class NationalIdSynthetic {

  static final int FIRST_YEAR = 1854;
  static final int LAST_YEAR = 2039;

  private NationalIdSynthetic() {}

  static NationalId create(LocalDate birthDate, Sex sex, int sequence) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    int year = birthDate.getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "A national identity number needs a birth year "
              + FIRST_YEAR
              + "-"
              + LAST_YEAR
              + ", not "
              + year);
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("The sequence number must not be negative: " + sequence);
    }
    int twoDigitYear = year % 100;
    String prefix =
        String.format(
            "%02d%02d%02d",
            birthDate.getDayOfMonth(),
            birthDate.getMonthValue() + NationalId.SYNTHETIC_MONTH_OFFSET,
            twoDigitYear);
    int found = 0;
    for (int individual = 0; individual <= 999; individual++) {
      OptionalInt century = NationalIdDigits.century(individual, twoDigitYear);
      boolean male = individual % 2 == 1;
      if (century.isEmpty()
          || century.getAsInt() != year - twoDigitYear
          || male != (sex == Sex.MALE)) {
        continue;
      }
      String nine = prefix + String.format("%03d", individual);
      int k1 = NationalIdDigits.firstCheckDigit(nine);
      if (k1 == NationalIdDigits.IMPOSSIBLE) {
        continue;
      }
      int k2 = NationalIdDigits.secondCheckDigit(nine + k1);
      if (k2 != NationalIdDigits.IMPOSSIBLE && found++ == sequence) {
        return NationalId.of(nine + k1 + k2, true);
      }
    }
    throw new IllegalArgumentException(
        "Only "
            + found
            + " synthetic numbers exist for "
            + birthDate
            + " and "
            + sex
            + "; sequence "
            + sequence
            + " is too high");
  }
}
