package no.imdi.grants.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNameTest {

  @ParameterizedTest(name = "[{0}] is shown as [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "legeerklæring.pdf|legeerklæring.pdf",
        "C:\\Users\\ola\\Desktop\\søknad T2.pdf|søknad T2.pdf",
        "/home/kari/../../etc/passwd|passwd",
        "  vedtak   fra   NAV .pdf  |vedtak fra NAV .pdf",
        "..|..",
      })
  void aNameIsCleanedForDisplay(String sent, String shown) {
    assertThat(DisplayName.sanitise(sent).value()).isEqualTo(shown);
  }

  @Test
  void controlAndFormatCharactersAreRemovedOrBecomeSpaces() {
    assertThat(DisplayName.sanitise("faktura\u202Efdp.exe").value()).isEqualTo("fakturafdp.exe");
    assertThat(DisplayName.sanitise("null\u0000byte.pdf").value()).isEqualTo("null byte.pdf");
    assertThat(DisplayName.sanitise("linje\nskift\r.pdf").value()).isEqualTo("linje skift .pdf");
    assertThat(DisplayName.sanitise("zero\u200Bwidth.pdf").value()).isEqualTo("zerowidth.pdf");
    assertThat(DisplayName.sanitise("tab\tside\u2028.pdf").value()).isEqualTo("tab side .pdf");
  }

  @Test
  void decomposedLettersAreComposed() {
    assertThat(DisplayName.sanitise("a\u030Arsrapport.pdf").value()).isEqualTo("årsrapport.pdf");
  }

  @Test
  void nothingLeftGivesTheFallbackName() {
    assertThat(DisplayName.sanitise(null).value()).isEqualTo(DisplayName.FALLBACK);
    assertThat(DisplayName.sanitise("   ").value()).isEqualTo(DisplayName.FALLBACK);
    assertThat(DisplayName.sanitise("C:\\mappe\\").value()).isEqualTo(DisplayName.FALLBACK);
    assertThat(DisplayName.sanitise("\u202E\u200B").value()).isEqualTo(DisplayName.FALLBACK);
  }

  @Test
  void aLongNameIsShortenedKeepingItsExtension() {
    String shown = DisplayName.sanitise("x".repeat(500) + ".pdf").value();

    assertThat(shown.codePointCount(0, shown.length())).isEqualTo(DisplayName.MAX_LENGTH);
    assertThat(shown).endsWith("\u2026.pdf");
  }

  @Test
  void aLongNameOfLettersOutsideTheBasicPlaneIsCutBetweenCharacters() {
    String shown = DisplayName.sanitise("\uD83D\uDCC4".repeat(300)).value();

    assertThat(shown.codePointCount(0, shown.length())).isEqualTo(DisplayName.MAX_LENGTH);
    assertThat(shown.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    assertThat(shown).startsWith("\uD83D\uDCC4").endsWith("\u2026");
  }

  @Test
  void cleaningIsStableSoAStoredNameReadsBackTheSame() {
    for (String sent : new String[] {"a\tb.pdf", "y".repeat(400), " x ", "\u0301e.pdf"}) {
      String once = DisplayName.sanitise(sent).value();
      assertThat(DisplayName.sanitise(once).value()).isEqualTo(once);
      assertThat(new DisplayName(once).value()).isEqualTo(once);
    }
  }

  @Test
  void anUncleanedNameIsNotADisplayName() {
    assertThatThrownBy(() -> new DisplayName("a/b.pdf"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
