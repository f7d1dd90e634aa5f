package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import no.imdi.grants.security.PasswordPolicy.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP ASVS 5.0 V6: length 12-128 of any characters, no composition rules, no common ones. */
class PasswordPolicyTest {

  private static final List<String> CONTEXT = List.of("kari.nordmann", "Kari Nordmann (Oslo)");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "elleve tegn",
        "sommer2024",
        "passord123",
        "Abc!1234567",
        "😀😀😀😀😀😀😀😀😀😀😀",
      })
  void fewerThanTwelveCharactersAreTooShort(String password) {
    assertThat(PasswordPolicy.check(password, CONTEXT)).contains(Refusal.TOO_SHORT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tolv tegn ok",
        "korrekt hest batteri stift",
        "blåbærsyltetøy på brødskiva",
        "😀😀😀😀😀😀😀😀😀😀😀😀",
        "Kárášjohka ja Guovdageaidnu",
        "نص عربي طويل بما فيه الكفاية",
        "alllowercaseletters",
        "k7mp-x2qh-9rtz-wb4e",
      })
  void anyCharactersWithoutCompositionRulesAreAccepted(String password) {
    assertThat(PasswordPolicy.check(password, CONTEXT)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"128, ", "129, TOO_LONG", "64, "})
  void upTo128CharactersAreAccepted(int length, Refusal expected) {
    String password = "æ ".repeat(length / 2) + (length % 2 == 1 ? "x" : "");
    assertThat(PasswordPolicy.check(password, CONTEXT)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "passord12345",
        "PASSORD12345",
        "Passord12345",
        "sommer2024!!",
        "Sommerferie2024",
        "qwertyuiop123",
        "jegelskerdeg123",
        "velkommen2026!",
        "1q2w3e4r5t6y",
        "desember2025!",
        "mitt passord",
        "tilskudd2026!",
      })
  void commonPasswordsAreRefusedWhateverTheirCase(String password) {
    assertThat(PasswordPolicy.check(password, CONTEXT)).contains(Refusal.COMMON);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kari.nordmann2026",
        "KariNordmann!!!",
        "Kari.Nordmann 123",
        "nordmann-er-jeg-2026",
        "Tilskudd 2026 !!!",
        "IMDi-IMDi-2026-2026",
      })
  void theUsersOwnWordsAndTheApplicationsNameAreRefused(String password) {
    assertThat(PasswordPolicy.check(password, CONTEXT)).contains(Refusal.CONTEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ﬀﬀﬀﬀﬀﬀ", "ｐａｓｓｏｒｄ１２３４５"})
  void passwordsAreMeasuredAndComparedInTheirNormalForm(String password) {
    // six ligatures are twelve letters after NFKC; full-width letters are the common password
    assertThat(PasswordPolicy.check(password, CONTEXT))
        .isEqualTo(password.startsWith("ﬀ") ? Optional.empty() : Optional.of(Refusal.COMMON));
  }

  @org.junit.jupiter.api.Test
  void theShippedListHasSomeHundredsOfPasswordsOfTwelveOrMore() {
    assertThat(CommonPasswords.size()).isGreaterThan(1000);
    assertThat(CommonPasswords.contains("Sommer2024")).isTrue();
    assertThat(CommonPasswords.contains("passord123")).isTrue();
    assertThat(CommonPasswords.contains("Tilskudd-demo-2026")).isFalse();
  }
}
