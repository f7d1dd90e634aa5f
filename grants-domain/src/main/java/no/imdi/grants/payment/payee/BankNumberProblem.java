package no.imdi.grants.payment.payee;

/**
 * Why a typed organisation number, account number (*kontonummer*) or IBAN is not acceptable, in the
 * order the checks are made. The pages show {@link #messageKey()} in the user's language.
 */
public enum BankNumberProblem {
  /** Nothing was typed. */
  REQUIRED,
  /** Something else than digits (and the spaces or dots that are ignored) was typed. */
  NOT_DIGITS,
  /** Not the number of digits the kind of number has (9 or 11). */
  LENGTH,
  /** The last digit is not the modulus-11 check digit of the others. */
  CHECK_DIGIT,
  /** The digits give remainder 1 by modulus 11: no check digit makes them a valid number. */
  NO_CHECK_DIGIT,
  /** An IBAN that is not Norwegian ({@code NO}) where a Norwegian account is required. */
  IBAN_COUNTRY,
  /** An IBAN whose check digits (ISO 7064 mod 97-10) do not match. */
  IBAN_CHECK;

  /** A bundle key such as {@code payee.problem.CHECK_DIGIT}. */
  public String messageKey() {
    return "payee.problem." + name();
  }
}
