package no.imdi.grants.payment.payee;

import java.util.Optional;

/**
 * A Norwegian organisation number (*organisasjonsnummer*) from the Central Coordinating Register
 * for Legal Entities: nine digits, the last a modulus-11 check digit over the first eight with
 * weights 3, 2, 7, 6, 5, 4, 3, 2 (remainder 1 is never issued). The municipality as payee and IMDi
 * as payer are identified by it in the payment file.
 */
public record OrganisationNumber(String value) {

  static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
  public static final int LENGTH = 9;

  public OrganisationNumber {
    BankNumberProblem problem = Mod11.problem(value == null ? "" : value, LENGTH, WEIGHTS);
    if (problem != null) {
      throw new InvalidBankNumberException("organisation number", problem);
    }
  }

  /** Reads a typed number; spaces are ignored ({@code 974 760 673}). */
  public static OrganisationNumber parse(String typed) {
    return new OrganisationNumber(Mod11.compact(typed));
  }

  /** What is wrong with a typed number, or empty when it is valid. */
  public static Optional<BankNumberProblem> problem(String typed) {
    return Optional.ofNullable(Mod11.problem(Mod11.compact(typed), LENGTH, WEIGHTS));
  }

  /** The check digit for eight digits, or -1 when none exists (remainder 1). */
  public static int checkDigitFor(String eightDigits) {
    return Mod11.checkDigit(eightDigits, WEIGHTS);
  }

  /** Grouped as the register prints it: {@code 974 760 673}. */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
