package no.imdi.grants.web.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an ID token of the code flow before anything in it is believed (OpenID Connect Core
 * 3.1.3.7): a JWS signed with RS256 by a key of the provider's JWKS (no other algorithm, {@code
 * none} least of all), issued by the configured issuer, for this client ({@code aud}, and {@code
 * azp} when there are several audiences), not expired, not issued in the future, and carrying the
 * nonce of this login. Clocks may differ by a minute.
 */
final class IdTokenValidator {

  static final Duration SKEW = Duration.ofSeconds(60);

  /** An ID token that must not be believed. */
  static final class InvalidIdTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidIdTokenException(String message) {
      super(message);
    }
  }

  private IdTokenValidator() {}

  /**
   * The token's claims, if every check passes.
   *
   * @param keys the provider's signing key by key id (null: the token named none); empty if unknown
   */
  static JsonObject validate(
      String jwt,
      Function<String, Optional<PublicKey>> keys,
      String issuer,
      String clientId,
      String nonce,
      Instant now)
      throws InvalidIdTokenException {
    String[] parts = jwt == null ? new String[0] : jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidIdTokenException("not a signed JWT");
    }
    JsonObject header = json(parts[0]);
    if (!"RS256".equals(string(header, "alg"))) {
      throw new InvalidIdTokenException("algorithm " + string(header, "alg") + " is not RS256");
    }
    PublicKey key =
        keys.apply(string(header, "kid"))
            .orElseThrow(() -> new InvalidIdTokenException("unknown signing key"));
    if (!signed(parts, key)) {
      throw new InvalidIdTokenException("signature does not verify");
    }
    JsonObject claims = json(parts[1]);
    if (!issuer.equals(string(claims, "iss"))) {
      throw new InvalidIdTokenException("issuer " + string(claims, "iss"));
    }
    checkAudience(claims, clientId);
    Instant expires = instant(claims, "exp");
    if (expires == null || !now.minus(SKEW).isBefore(expires)) {
      throw new InvalidIdTokenException("expired at " + expires);
    }
    Instant issued = instant(claims, "iat");
    if (issued == null || issued.isAfter(now.plus(SKEW))) {
      throw new InvalidIdTokenException("issued at " + issued);
    }
    String tokenNonce = string(claims, "nonce");
    if (nonce == null
        || tokenNonce == null
        || !MessageDigest.isEqual(
            nonce.getBytes(StandardCharsets.UTF_8), tokenNonce.getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidIdTokenException("nonce does not match this login");
    }
    String subject = string(claims, "sub");
    if (subject == null || subject.isBlank()) {
      throw new InvalidIdTokenException("no subject");
    }
    return claims;
  }

  private static void checkAudience(JsonObject claims, String clientId)
      throws InvalidIdTokenException {
    JsonValue aud = claims.get("aud");
    boolean ours;
    int audiences;
    if (aud instanceof JsonString s) {
      ours = clientId.equals(s.getString());
      audiences = 1;
    } else if (aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY) {
      ours = aud.asJsonArray().stream().anyMatch(v -> v.equals(Json.createValue(clientId)));
      audiences = aud.asJsonArray().size();
    } else {
      ours = false;
      audiences = 0;
    }
    if (!ours) {
      throw new InvalidIdTokenException("audience " + aud + " is not " + clientId);
    }
    String azp = string(claims, "azp");
    if ((audiences > 1 || azp != null) && !clientId.equals(azp)) {
      throw new InvalidIdTokenException("authorized party " + azp + " is not " + clientId);
    }
  }

  private static boolean signed(String[] parts, PublicKey key) throws InvalidIdTokenException {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new InvalidIdTokenException("signature unreadable: " + e.getMessage());
    }
  }

  static JsonObject json(String base64url) throws InvalidIdTokenException {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(base64url);
      try (var reader =
          Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
        return reader.readObject();
      }
    } catch (IllegalArgumentException | JsonException e) {
      throw new InvalidIdTokenException("not JSON: " + e.getMessage());
    }
  }

  static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Instant instant(JsonObject object, String name) {
    return object.get(name) instanceof JsonNumber n ? Instant.ofEpochSecond(n.longValue()) : null;
  }
}
