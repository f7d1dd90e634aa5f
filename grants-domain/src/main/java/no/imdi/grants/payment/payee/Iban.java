package no.imdi.grants.payment.payee;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * An International Bank Account Number (ISO 13616): country code, two check digits (ISO 7064 mod
 * 97-10: the number formed by the account, the country's letters as 10..35 and {@code 00}, taken
 * modulo 97, subtracted from 98) and the national account. Only Norwegian IBANs are accepted here
 * (15 characters, {@code NO} + check digits + an {@link AccountNumber}): every payee of IMDi is a
 * Norwegian municipality.
 */
public record Iban(String value) {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
  public static final int NORWEGIAN_LENGTH = 15;

  public Iban {
    BankNumberProblem problem = problemOf(value == null ? "" : value);
    if (problem != null) {
      throw new InvalidBankNumberException("IBAN", problem);
    }
  }

  /** The IBAN of a Norwegian account. */
  public static Iban ofNorwegian(AccountNumber account) {
    return new Iban("NO" + checkDigits("NO", account.value()) + account.value());
  }

  /**
   * Reads a typed IBAN; spaces are ignored and letters may be small ({@code no93 8601 1117 947}).
   */
  public static Iban parse(String typed) {
    return new Iban(compact(typed));
  }

  /** What is wrong with a typed IBAN, or empty when it is a valid Norwegian IBAN. */
  public static Optional<BankNumberProblem> problem(String typed) {
    return Optional.ofNullable(problemOf(compact(typed)));
  }

  /** The two check digits (02..98) for a country code and national account (BBAN). */
  public static String checkDigits(String country, String bban) {
    int remainder = remainder(bban + country + "00");
    return String.format(Locale.ROOT, "%02d", 98 - remainder);
  }

  /** The Norwegian account in this IBAN. */
  public AccountNumber account() {
    return new AccountNumber(value.substring(4));
  }

  /** In groups of four, as printed: {@code NO93 8601 1117 947}. */
  public String formatted() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(value, i, Math.min(i + 4, value.length()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return value;
  }

  private static String compact(String typed) {
    return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  private static BankNumberProblem problemOf(String iban) {
    if (iban.isEmpty()) {
      return BankNumberProblem.REQUIRED;
    }
    if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
      return BankNumberProblem.NOT_DIGITS;
    }
    if (!iban.startsWith("NO")) {
      return BankNumberProblem.IBAN_COUNTRY;
    }
    if (iban.length() != NORWEGIAN_LENGTH) {
      return BankNumberProblem.LENGTH;
    }
    String bban = iban.substring(4);
    if (!Mod11.allDigits(bban)) {
      return BankNumberProblem.NOT_DIGITS;
    }
    if (remainder(bban + iban.substring(0, 4)) != 1) {
      return BankNumberProblem.IBAN_CHECK;
    }
    return Mod11.problem(bban, AccountNumber.LENGTH, AccountNumber.WEIGHTS);
  }

  /** The text with letters as 10..35, as a number modulo 97 (ISO 7064 mod 97-10). */
  private static int remainder(String text) {
    StringBuilder digits = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }
}
