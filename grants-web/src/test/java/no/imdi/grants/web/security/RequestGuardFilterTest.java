package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestGuardFilterTest {

  @Test
  void controlCharactersAreFoundInNamesValuesAndEncodedQueries() {
    assertThat(RequestGuardFilter.hasControlCharacters("Ola\u0000")).isTrue();
    assertThat(RequestGuardFilter.hasControlCharacters("id=1%00")).isTrue();
    assertThat(RequestGuardFilter.hasControlCharacters("a\u001bb")).isTrue();
    assertThat(RequestGuardFilter.hasControlCharacters("\u007f")).isTrue();
    assertThat(RequestGuardFilter.hasControlCharacters(Map.of("f\u0000", new String[] {"x"})))
        .isTrue();
    assertThat(RequestGuardFilter.hasControlCharacters(Map.of("f", new String[] {"x", "\u0001"})))
        .isTrue();
  }

  @Test
  void typedTextWithLineBreaksTabsAndUnicodeIsAccepted() {
    assertThat(RequestGuardFilter.hasControlCharacters("Kárášjohka\tÆØÅ\r\nنص 😀")).isFalse();
    assertThat(RequestGuardFilter.hasControlCharacters((String) null)).isFalse();
    assertThat(RequestGuardFilter.hasControlCharacters(Map.of("f", new String[] {"ok"}))).isFalse();
  }
}
