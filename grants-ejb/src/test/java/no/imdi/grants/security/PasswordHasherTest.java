package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void aHashIsSaltedAndVerifiesOnlyTheRightPassword() {
    String first = PasswordHasher.hash("correct horse".toCharArray());
    String second = PasswordHasher.hash("correct horse".toCharArray());
    assertThat(first)
        .startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$")
        .isNotEqualTo(second);
    assertThat(PasswordHasher.verify("correct horse".toCharArray(), first)).isTrue();
    assertThat(PasswordHasher.verify("correct horse!".toCharArray(), first)).isFalse();
    assertThat(PasswordHasher.verify("x".toCharArray(), "not a hash")).isFalse();
    assertThat(PasswordHasher.verify("x".toCharArray(), null)).isFalse();
  }

  @Test
  void aKnownVectorVerifies() {
    byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String stored = PasswordHasher.hash("secret".toCharArray(), salt, 1000);
    assertThat(PasswordHasher.verify("secret".toCharArray(), stored)).isTrue();
    assertThat(stored).isEqualTo(PasswordHasher.hash("secret".toCharArray(), salt, 1000));
  }

  @Test
  void theSamePasswordComposedOrDecomposedMatches() {
    String composed = "bl\u00e5b\u00e6r p\u00e5 skiva";
    String decomposed = "bla\u030ab\u00e6r pa\u030a skiva";
    assertThat(composed).isNotEqualTo(decomposed);
    assertThat(
            PasswordHasher.verify(
                decomposed.toCharArray(), PasswordHasher.hash(composed.toCharArray())))
        .isTrue();
  }
}
