package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import no.imdi.grants.web.security.IdTokenValidator.InvalidIdTokenException;
import org.junit.jupiter.api.Test;

class IdTokenValidatorTest {

  private static final String ISSUER = "https://idp.example/realms/tilskudd";
  private static final String CLIENT = "tilskudd";
  private static final String NONCE = "n-0S6_WzA2Mj";
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final KeyPair KEY = keyPair();
  private static final KeyPair OTHER = keyPair();

  private final Function<String, Optional<PublicKey>> keys =
      kid -> "k1".equals(kid) ? Optional.of(KEY.getPublic()) : Optional.empty();

  @Test
  void aTokenSignedByTheProviderForThisClientAndLoginIsBelieved() throws Exception {
    JsonObject claims = validate(token(KEY, "RS256", "k1", c -> {}));
    assertThat(claims.getString("sub")).isEqualTo("user-1");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    assertRefused(token(OTHER, "RS256", "k1", c -> {}), "signature");
  }

  @Test
  void aTokenNamingAnUnknownKeyIsRefused() {
    assertRefused(token(KEY, "RS256", "k2", c -> {}), "unknown signing key");
  }

  @Test
  void noOtherAlgorithmThanRs256IsAccepted() {
    assertRefused(token(KEY, "none", "k1", c -> {}), "RS256");
    assertRefused(token(KEY, "HS256", "k1", c -> {}), "RS256");
  }

  @Test
  void anotherIssuerAudienceOrAuthorizedPartyIsRefused() {
    assertRefused(token(KEY, "RS256", "k1", c -> c.add("iss", "https://evil.example")), "issuer");
    assertRefused(token(KEY, "RS256", "k1", c -> c.add("aud", "other")), "audience");
    assertRefused(
        token(
            KEY, "RS256", "k1", c -> c.add("aud", Json.createArrayBuilder().add(CLIENT).add("x"))),
        "authorized party");
  }

  @Test
  void severalAudiencesNeedThisClientAsAuthorizedParty() throws Exception {
    JsonObject claims =
        validate(
            token(
                KEY,
                "RS256",
                "k1",
                c ->
                    c.add("aud", Json.createArrayBuilder().add("x").add(CLIENT))
                        .add("azp", CLIENT)));
    assertThat(claims.getString("azp")).isEqualTo(CLIENT);
  }

  @Test
  void anExpiredTokenOrOneFromTheFutureIsRefused() {
    long now = NOW.getEpochSecond();
    assertRefused(token(KEY, "RS256", "k1", c -> c.add("exp", now - 61)), "expired");
    assertRefused(token(KEY, "RS256", "k1", c -> c.add("iat", now + 120)), "issued");
  }

  @Test
  void aTokenWithAnotherOrNoNonceIsRefused() {
    assertRefused(token(KEY, "RS256", "k1", c -> c.add("nonce", "replayed")), "nonce");
    assertRefused(token(KEY, "RS256", "k1", c -> c.remove("nonce")), "nonce");
  }

  @Test
  void garbageIsRefusedNotThrown() {
    assertRefused("not-a-token", "JWT");
    assertRefused("a.b.c", "JSON");
    assertRefused(null, "JWT");
  }

  @Test
  void thePkceChallengeIsTheS256OfTheVerifier() {
    // RFC 7636 appendix B
    SsoFlow flow = new SsoFlow("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", NOW);
    assertThat(flow.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(flow.answers("s", NOW.plusSeconds(60))).isTrue();
    assertThat(flow.answers("t", NOW.plusSeconds(60))).isFalse();
    assertThat(flow.answers("s", NOW.plus(SsoFlow.LIFETIME))).isFalse();
  }

  private JsonObject validate(String token) throws InvalidIdTokenException {
    return IdTokenValidator.validate(token, keys, ISSUER, CLIENT, NONCE, NOW);
  }

  private void assertRefused(String token, String why) {
    assertThatThrownBy(() -> validate(token))
        .isInstanceOf(InvalidIdTokenException.class)
        .hasMessageContaining(why);
  }

  private static String token(
      KeyPair key, String alg, String kid, Consumer<JsonObjectBuilder> change) {
    long now = NOW.getEpochSecond();
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("iss", ISSUER)
            .add("sub", "user-1")
            .add("aud", CLIENT)
            .add("exp", now + 300)
            .add("iat", now - 5)
            .add("nonce", NONCE);
    change.accept(claims);
    String header =
        b64(Json.createObjectBuilder().add("alg", alg).add("kid", kid).build().toString());
    String body = b64(claims.build().toString());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key.getPrivate());
      rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
      return header
          + "."
          + body
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
