package no.imdi.grants.web.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * One login through the identity provider on its way, kept in the session between the redirect to
 * the provider and the provider's answer: the state (against forged answers, OAuth 2.0 §10.12), the
 * nonce (the ID token must carry it: no replayed token), and the PKCE code verifier (RFC 7636,
 * S256: a stolen code is worthless without it). Each is 256 random bits; the flow is used once and
 * lives ten minutes.
 */
record SsoFlow(String state, String nonce, String verifier, Instant startedAt)
    implements Serializable {

  static final String ATTRIBUTE = SsoFlow.class.getName();
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  static SsoFlow start(Instant now) {
    return new SsoFlow(random(), random(), random(), now);
  }

  /** The PKCE code challenge: BASE64URL(SHA-256(verifier)). */
  String challenge() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the provider's answer belongs to this flow, and in time. */
  boolean answers(String answeredState, Instant now) {
    return answeredState != null
        && MessageDigest.isEqual(
            state.getBytes(StandardCharsets.US_ASCII),
            answeredState.getBytes(StandardCharsets.US_ASCII))
        && now.isBefore(startedAt.plus(LIFETIME));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
