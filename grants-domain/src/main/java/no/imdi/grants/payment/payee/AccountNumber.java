package no.imdi.grants.payment.payee;

import java.util.Optional;

/**
 * A Norwegian bank account number (*kontonummer*, the BBAN): eleven digits, four of the bank's
 * clearing number, two of the account group, four of the account and a modulus-11 check digit over
 * the first ten with weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 (remainder 1 is never issued). Written
 * {@code 1234.56.78903}; its {@link Iban} is derived ({@link #iban()}).
 */
public record AccountNumber(String value) {

  static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  public static final int LENGTH = 11;

  public AccountNumber {
    BankNumberProblem problem = Mod11.problem(value == null ? "" : value, LENGTH, WEIGHTS);
    if (problem != null) {
      throw new InvalidBankNumberException("account number", problem);
    }
  }

  /**
   * Reads a typed number; spaces and dots are ignored ({@code 1234.56.78903}, {@code 1234 56
   * 78903}).
   */
  public static AccountNumber parse(String typed) {
    return new AccountNumber(Mod11.compact(typed));
  }

  /** What is wrong with a typed number, or empty when it is valid. */
  public static Optional<BankNumberProblem> problem(String typed) {
    return Optional.ofNullable(Mod11.problem(Mod11.compact(typed), LENGTH, WEIGHTS));
  }

  /** The check digit for ten digits, or -1 when none exists (remainder 1). */
  public static int checkDigitFor(String tenDigits) {
    return Mod11.checkDigit(tenDigits, WEIGHTS);
  }

  /** {@code 1234.56.78903}. */
  public String formatted() {
    return value.substring(0, 4) + "." + value.substring(4, 6) + "." + value.substring(6);
  }

  /** The Norwegian IBAN of this account: {@code NO}, two check digits, the eleven digits. */
  public Iban iban() {
    return Iban.ofNorwegian(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
