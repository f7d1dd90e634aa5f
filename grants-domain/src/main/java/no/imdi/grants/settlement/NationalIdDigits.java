package no.imdi.grants.settlement;

import java.util.OptionalInt;

/**
 * The arithmetic of Norwegian national identity numbers: the two modulus-11 check digits and the
 * century that the individual number (*individnummer*, digits 7-9) gives a two-digit birth year.
 */
final class NationalIdDigits {

  /** A computed check digit of 10 means that no valid number has these digits. */
  static final int IMPOSSIBLE = 10;

  private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private NationalIdDigits() {}

  /** The first check digit for the first nine digits: 0-9, or {@link #IMPOSSIBLE}. */
  static int firstCheckDigit(String digits) {
    return checkDigit(digits, K1_WEIGHTS);
  }

  /** The second check digit for the first ten digits: 0-9, or {@link #IMPOSSIBLE}. */
  static int secondCheckDigit(String digits) {
    return checkDigit(digits, K2_WEIGHTS);
  }

  /**
   * The first year of the century of birth: individual numbers 000-499 give 1900-1999; 500-749 with
   * year 54-99 give 1854-1899; 500-999 with year 00-39 give 2000-2039; 900-999 with year 40-99 give
   * 1940-1999. Other combinations are not in use.
   */
  static OptionalInt century(int individualNumber, int twoDigitYear) {
    if (individualNumber <= 499) {
      return OptionalInt.of(1900);
    }
    if (individualNumber <= 749 && twoDigitYear >= 54) {
      return OptionalInt.of(1800);
    }
    if (twoDigitYear <= 39) {
      return OptionalInt.of(2000);
    }
    if (individualNumber >= 900) {
      return OptionalInt.of(1900);
    }
    return OptionalInt.empty();
  }

  private static int checkDigit(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int remainder = sum % 11;
    return remainder == 0 ? 0 : 11 - remainder;
  }
}
