package no.imdi.grants.settlement;

/**
 * Why a text is not an acceptable national identity number, in the order the checks are made, with
 * a message in bokmål and English (the web layer may use {@link #messageKey()} with its own bundles
 * instead).
 */
public enum NationalIdProblem {
  LENGTH("Fødselsnummeret må ha 11 sifre.", "The national identity number must have 11 digits."),
  NOT_DIGITS(
      "Fødselsnummeret kan bare inneholde sifre.",
      "The national identity number may contain digits only."),
  INVALID_DATE(
      "De første sifrene i fødselsnummeret er ikke en gyldig fødselsdato.",
      "The first digits of the national identity number are not a valid date of birth."),
  CHECK_DIGIT_1(
      "Fødselsnummeret er ugyldig (første kontrollsiffer stemmer ikke).",
      "The national identity number is invalid (the first check digit does not match)."),
  CHECK_DIGIT_2(
      "Fødselsnummeret er ugyldig (andre kontrollsiffer stemmer ikke).",
      "The national identity number is invalid (the second check digit does not match)."),
  SYNTHETIC_NOT_ALLOWED(
      "Syntetiske fødselsnumre (testdata) kan ikke brukes her.",
      "Synthetic (test) national identity numbers cannot be used here.");

  private final String norwegian;
  private final String english;

  NationalIdProblem(String norwegian, String english) {
    this.norwegian = norwegian;
    this.english = english;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }

  /** A bundle key such as {@code nationalId.problem.CHECK_DIGIT_1}. */
  public String messageKey() {
    return "nationalId.problem." + name();
  }
}
