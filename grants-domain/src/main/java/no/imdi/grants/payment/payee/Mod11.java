package no.imdi.grants.payment.payee;

/**
 * The weighted modulus-11 check digit of Norwegian organisation and account numbers: the digits
 * times their weights, summed; the remainder of the sum by 11 gives the check digit 11 - remainder
 * (0 for remainder 0). Remainder 1 would need check digit 10: no valid number has those digits.
 */
final class Mod11 {

  /** No check digit exists for the digits (remainder 1). */
  static final int NONE = -1;

  private Mod11() {}

  static int checkDigit(CharSequence digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int remainder = sum % 11;
    if (remainder == 0) {
      return 0;
    }
    return remainder == 1 ? NONE : 11 - remainder;
  }

  /** The text without spaces and the separators people type ({@code .} and, if allowed, -). */
  static String compact(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s.]", "");
  }

  static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** The problem with the digits, or {@code null}: length, non-digits, then the check digit. */
  static BankNumberProblem problem(String digits, int length, int[] weights) {
    if (digits.isEmpty()) {
      return BankNumberProblem.REQUIRED;
    }
    if (!allDigits(digits)) {
      return BankNumberProblem.NOT_DIGITS;
    }
    if (digits.length() != length) {
      return BankNumberProblem.LENGTH;
    }
    int check = checkDigit(digits, weights);
    if (check == NONE) {
      return BankNumberProblem.NO_CHECK_DIGIT;
    }
    return check == digits.charAt(length - 1) - '0' ? null : BankNumberProblem.CHECK_DIGIT;
  }
}
