package no.imdi.grants.payment.payee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organisation numbers, account numbers (*kontonummer*) and IBANs, each example's check digit
 * computed by hand in the comment beside it (weights 3,2,7,6,5,4,3,2 for organisation numbers,
 * 5,4,3,2,7,6,5,4,3,2 for accounts; check digit 11 - sum mod 11, 0 for remainder 0, none for 1).
 */
class BankNumbersTest {

  @ParameterizedTest(name = "{0} -> check digit {1}")
  @DisplayName("Organisation number: the modulus-11 check digit of the first eight digits")
  @CsvSource({
    // 9*3+7*2+4*7+0*6+8*5+4*4+4*3+0*2 = 27+14+28+0+40+16+12+0 = 137; 137 mod 11 = 5; 11-5 = 6
    "97408440, 6",
    // 9*3+8*2+3*7+9*6+3*5+5*4+4*3+2*2 = 27+16+21+54+15+20+12+4 = 169; 169 mod 11 = 4; 11-4 = 7
    "98393542, 7",
    // 1*3+2*2+3*7+4*6+5*5+6*4+7*3+8*2 = 3+4+21+24+25+24+21+16 = 138; 138 mod 11 = 6; 11-6 = 5
    "12345678, 5",
    // 9*3+7*2+4*7+5*6+2*5+4*4+1*3+6*2 = 27+14+28+30+10+16+3+12 = 140; 140 mod 11 = 8; 11-8 = 3
    "97452416, 3",
    // 9*3+1*2+2*7+3*6+4*5+5*4+6*3+7*2 = 27+2+14+18+20+20+18+14 = 133; 133 mod 11 = 1: none
    "91234567, -1"
  })
  void organisationNumberCheckDigit(String eightDigits, int check) {
    assertThat(OrganisationNumber.checkDigitFor(eightDigits)).isEqualTo(check);
    if (check >= 0) {
      OrganisationNumber number = OrganisationNumber.parse(eightDigits + check);
      assertThat(number.value()).isEqualTo(eightDigits + check);
      int wrong = (check + 1) % 10;
      assertThat(OrganisationNumber.problem(eightDigits + wrong))
          .contains(BankNumberProblem.CHECK_DIGIT);
    } else {
      for (int digit = 0; digit <= 9; digit++) {
        assertThat(OrganisationNumber.problem(eightDigits + digit))
            .contains(BankNumberProblem.NO_CHECK_DIGIT);
      }
    }
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @DisplayName("Organisation number: what is wrong with a typed text")
  @CsvSource({
    "'', REQUIRED",
    "'  ', REQUIRED",
    "97408440, LENGTH",
    "9740844061, LENGTH",
    "97408440X, NOT_DIGITS",
    "974-084-406, NOT_DIGITS",
    "974084407, CHECK_DIGIT"
  })
  void organisationNumberProblems(String typed, BankNumberProblem problem) {
    assertThat(OrganisationNumber.problem(typed)).contains(problem);
    assertThatThrownBy(() -> OrganisationNumber.parse(typed))
        .isInstanceOfSatisfying(
            InvalidBankNumberException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @Test
  void organisationNumberIgnoresSpacesAndGroupsInThrees() {
    assertThat(OrganisationNumber.parse(" 974 084 406 ").formatted()).isEqualTo("974 084 406");
  }

  @ParameterizedTest(name = "{0} -> check digit {1}")
  @DisplayName("Account number: the modulus-11 check digit of the first ten digits")
  @CsvSource({
    // 8*5+6*4+0*3+1*2+1*7+1*6+1*5+7*4+9*3+4*2 = 40+24+0+2+7+6+5+28+27+8 = 147; mod 11 = 4; 11-4 = 7
    "8601111794, 7",
    // 1*5+2*4+3*3+4*2+5*7+6*6+7*5+8*4+9*3+0*2 = 5+8+9+8+35+36+35+32+27+0 = 195; mod 11 = 8; 3
    "1234567890, 3",
    // 1*5+5*4+0*3+3*2+1*7+2*6+3*5+4*4+5*3+6*2 = 5+20+0+6+7+12+15+16+15+12 = 108; mod 11 = 9; 2
    "1503123456, 2",
    // 3*5+2*7 = 15+14 = 29 (the other digits are 0); 29 mod 11 = 7; 11-7 = 4
    "3000200000, 4",
    // 1*5 = 5; 5 mod 11 = 5; 11-5 = 6
    "1000000000, 6",
    // 1*5+3*2 = 11; 11 mod 11 = 0: check digit 0
    "1000000003, 0",
    // 1*5+4*2 = 13; 13 mod 11 = 2; 11-2 = 9
    "1000000004, 9",
    // 1*5+6*2 = 17; 17 mod 11 = 6; 11-6 = 5
    "1000000006, 5",
    // 2*5+2*2 = 14; 14 mod 11 = 3; 11-3 = 8
    "2000000002, 8",
    // 1*5+1*6 (sixth digit, weight 6)+1*2 = 13; 13 mod 11 = 2; 11-2 = 9
    "1000010001, 9",
    // 1*5+7*2 = 19; 19 mod 11 = 8; 11-8 = 3
    "1000000007, 3",
    // 2*5+1*2 = 12; 12 mod 11 = 1: no check digit exists
    "2000000001, -1"
  })
  void accountNumberCheckDigit(String tenDigits, int check) {
    assertThat(AccountNumber.checkDigitFor(tenDigits)).isEqualTo(check);
    if (check >= 0) {
      assertThat(AccountNumber.problem(tenDigits + check)).isEmpty();
      assertThat(AccountNumber.problem(tenDigits + (check + 1) % 10))
          .contains(BankNumberProblem.CHECK_DIGIT);
    } else {
      for (int digit = 0; digit <= 9; digit++) {
        assertThat(AccountNumber.problem(tenDigits + digit))
            .contains(BankNumberProblem.NO_CHECK_DIGIT);
      }
    }
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @DisplayName("Account number: what is wrong with a typed text")
  @CsvSource({
    "'', REQUIRED",
    "1234.56.7890, LENGTH",
    "1234.56.789031, LENGTH",
    "1234.56.7890A, NOT_DIGITS",
    "1234-56-78903, NOT_DIGITS",
    "1234.56.78904, CHECK_DIGIT"
  })
  void accountNumberProblems(String typed, BankNumberProblem problem) {
    assertThat(AccountNumber.problem(typed)).contains(problem);
    assertThatThrownBy(() -> AccountNumber.parse(typed))
        .isInstanceOfSatisfying(
            InvalidBankNumberException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @DisplayName("Account number: read with dots or spaces, written 1234.56.78903, IBAN derived")
  @CsvSource({
    // BBAN 86011117947, then N=23 O=24 and 00: 86011117947232400 mod 97 by long division:
    // 860111179 = 97*8867125 + 54; 5447232400 = 97*56157035 + 5; 98-5 = 93.
    // NO93 8601 1117 947 is the example IBAN of the Norwegian banks' documentation.
    "8601.11.17947, 8601.11.17947, NO9386011117947, NO93 8601 1117 947",
    // 123456789 = 97*1272750 + 39; 3903232400 mod 97 = 27; 98-27 = 71
    "1234 56 78903, 1234.56.78903, NO7112345678903, NO71 1234 5678 903",
    // 150312345 = 97*1549611 + 78; 7862232400 mod 97 = 26; 98-26 = 72
    "15031234562, 1503.12.34562, NO7215031234562, NO72 1503 1234 562"
  })
  void accountNumberIban(String typed, String formatted, String iban, String ibanFormatted) {
    AccountNumber account = AccountNumber.parse(typed);
    assertThat(account.formatted()).isEqualTo(formatted);
    assertThat(account.iban().value()).isEqualTo(iban);
    assertThat(account.iban().formatted()).isEqualTo(ibanFormatted);
    assertThat(Iban.parse(ibanFormatted).account()).isEqualTo(account);
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @DisplayName("IBAN: the mod 97-10 check digits, the country and the account inside")
  @CsvSource({
    "'', REQUIRED",
    "NO9486011117947, IBAN_CHECK",
    "NO3986011117947, IBAN_CHECK",
    // swapping two digits of the account changes the remainder: mod 97-10 catches it
    "NO9368011117947, IBAN_CHECK",
    "DE89370400440532013000, IBAN_COUNTRY",
    "NO938601111794, LENGTH",
    "NO93860111179470, LENGTH",
    "NO93 8601 1117 94X, NOT_DIGITS",
    "N093 8601 1117 947, NOT_DIGITS"
  })
  void ibanProblems(String typed, BankNumberProblem problem) {
    assertThat(Iban.problem(typed)).contains(problem);
    assertThatThrownBy(() -> Iban.parse(typed))
        .isInstanceOfSatisfying(
            InvalidBankNumberException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @Test
  void ibanWithValidMod97ButWrongAccountCheckDigitIsRefused() {
    // 8601.11.17948 has a wrong account check digit (7 is right); its own mod 97 digits are
    // computed here so that only the account's check digit is wrong
    String bban = "86011117948";
    String iban = "NO" + Iban.checkDigits("NO", bban) + bban;
    assertThat(Iban.problem(iban)).contains(BankNumberProblem.CHECK_DIGIT);
  }

  @Test
  void ibanReadsSmallLettersAndSpaces() {
    assertThat(Iban.parse(" no93 8601 1117 947 ").value()).isEqualTo("NO9386011117947");
  }
}
