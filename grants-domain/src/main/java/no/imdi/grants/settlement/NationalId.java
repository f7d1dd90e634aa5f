package no.imdi.grants.settlement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Norwegian national identity number: a birth number (*fødselsnummer*) or a D number (*D-nummer*,
 * 40 added to the day, for persons not registered as residents). Eleven digits: the date of birth
 * as DDMMYY, a three-digit individual number (*individnummer*) that gives the century and, by its
 * last digit, the sex (odd is male), and two modulus-11 check digits. Synthetic numbers
 * (*syntetiske fødselsnumre*) of the national test data have 80 added to the month; they are
 * accepted only where allowed (demo and test mode), and test and demo data use nothing else. The
 * whole number is for storage and lookups; pages show it masked (131023*****), and {@link
 * #toString()} never reveals it.
 */
public final class NationalId {

  static final int D_NUMBER_DAY_OFFSET = 40;
  static final int SYNTHETIC_MONTH_OFFSET = 80;
  private static final int LENGTH = 11;

  private final String value;
  private final LocalDate birthDate;

  private NationalId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Reads a number typed by a user (spaces are ignored). The checks are made in the order of {@link
   * NationalIdProblem}: length, digits, date of birth, first and second check digit, and last
   * whether a synthetic number is allowed.
   */
  public static NationalIdParseResult parse(String input, boolean allowSynthetic) {
    String digits = input == null ? "" : input.replaceAll("[\\s\\u00A0]", "");
    if (digits.length() != LENGTH) {
      return NationalIdParseResult.invalid(NationalIdProblem.LENGTH);
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return NationalIdParseResult.invalid(NationalIdProblem.NOT_DIGITS);
    }
    Optional<LocalDate> birthDate = birthDateOf(digits);
    if (birthDate.isEmpty()) {
      return NationalIdParseResult.invalid(NationalIdProblem.INVALID_DATE);
    }
    if (NationalIdDigits.firstCheckDigit(digits) != digit(digits, 9)) {
      return NationalIdParseResult.invalid(NationalIdProblem.CHECK_DIGIT_1);
    }
    if (NationalIdDigits.secondCheckDigit(digits) != digit(digits, 10)) {
      return NationalIdParseResult.invalid(NationalIdProblem.CHECK_DIGIT_2);
    }
    NationalId id = new NationalId(digits, birthDate.get());
    if (id.isSynthetic() && !allowSynthetic) {
      return NationalIdParseResult.invalid(NationalIdProblem.SYNTHETIC_NOT_ALLOWED);
    }
    return NationalIdParseResult.valid(id);
  }

  /**
   * The number, or an IllegalArgumentException naming the problem (for stored or trusted input).
   */
  public static NationalId of(String input, boolean allowSynthetic) {
    return parse(input, allowSynthetic).orElseThrow();
  }

  /**
   * A valid synthetic birth number for demo and test data: the {@code sequence}-th (from 0) usable
   * individual number of the birth year's century and the sex, skipping those whose check digits
   * would be 10. Birth years 1854-2039.
   */
  public static NationalId synthetic(LocalDate birthDate, Sex sex, int sequence) {
    return NationalIdSynthetic.create(birthDate, sex, sequence);
  }

  /** All eleven digits, for storage and lookups. */
  public String value() {
    return value;
  }

  /** The date of birth digits followed by five asterisks: {@code 131023*****}. */
  public String masked() {
    return value.substring(0, 6) + "*****";
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    return digit(value, 8) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** A D number (*D-nummer*): 40 added to the day of birth. */
  public boolean isDNumber() {
    return digit(value, 0) >= 4;
  }

  /** A synthetic number of the national test data: 80 added to the month of birth. */
  public boolean isSynthetic() {
    return Integer.parseInt(value.substring(2, 4)) > SYNTHETIC_MONTH_OFFSET;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** The masked number, so that logs and messages never hold the whole number. */
  @Override
  public String toString() {
    return masked();
  }

  private static Optional<LocalDate> birthDateOf(String digits) {
    int day = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int year = Integer.parseInt(digits.substring(4, 6));
    OptionalInt century = NationalIdDigits.century(Integer.parseInt(digits.substring(6, 9)), year);
    if (century.isEmpty()) {
      return Optional.empty();
    }
    int realDay = day > D_NUMBER_DAY_OFFSET ? day - D_NUMBER_DAY_OFFSET : day;
    int realMonth = month > SYNTHETIC_MONTH_OFFSET ? month - SYNTHETIC_MONTH_OFFSET : month;
    try {
      return Optional.of(LocalDate.of(century.getAsInt() + year, realMonth, realDay));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }
}
