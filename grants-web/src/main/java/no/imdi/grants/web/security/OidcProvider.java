package no.imdi.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The configured identity provider as the code flow talks to it, with the JDK's HTTP client: its
 * discovery document ({@code /.well-known/openid-configuration}, whose issuer must be the
 * configured one), its signing keys (JWKS; read again when a token names a key not seen yet, at
 * most once a minute) and its token endpoint (the client authenticates with its secret). The issuer
 * must be HTTPS, except on loopback (a provider on the developer's own machine).
 */
@ApplicationScoped
public class OidcProvider {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration KEYS_AGAIN_AFTER = Duration.ofMinutes(1);

  @Inject private OidcSettings settings;
  @Inject private Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Discovery discovery;
  private volatile Map<String, PublicKey> keys = Map.of();
  private volatile Instant keysRead = Instant.EPOCH;

  /** The endpoints of the provider, as its discovery document names them. */
  public record Discovery(
      String issuer,
      String authorizationEndpoint,
      String tokenEndpoint,
      String jwksUri,
      String endSessionEndpoint,
      boolean basicAuthentication) {}

  /** A call to the provider that failed (unreachable, an error status, an unreadable answer). */
  static final class ProviderException extends Exception {
    private static final long serialVersionUID = 1L;

    ProviderException(String message) {
      super(message);
    }
  }

  /** The discovery document, read once (and again after a failure). */
  public Discovery discovery() throws ProviderException {
    Discovery d = discovery;
    if (d == null) {
      d = readDiscovery();
      discovery = d;
    }
    return d;
  }

  /** The discovery document if it was read already; never calls the provider. */
  public Optional<Discovery> knownDiscovery() {
    return Optional.ofNullable(discovery);
  }

  /** The provider's RSA signing key with this id (null: the only one). */
  Optional<PublicKey> key(String kid) {
    Optional<PublicKey> key = lookup(keys, kid);
    if (key.isEmpty() && clock.instant().isAfter(keysRead.plus(KEYS_AGAIN_AFTER))) {
      try {
        keys = readKeys();
        keysRead = clock.instant();
      } catch (ProviderException e) {
        return Optional.empty();
      }
      key = lookup(keys, kid);
    }
    return key;
  }

  /** Exchanges the authorization code (with the PKCE verifier) for the token response. */
  JsonObject exchange(String code, String verifier, String redirectUri) throws ProviderException {
    Discovery d = discovery();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", verifier);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(d.tokenEndpoint()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (d.basicAuthentication()) {
      String credentials = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    } else {
      form.put("client_id", settings.clientId());
      form.put("client_secret", settings.clientSecret());
    }
    return call(request.POST(HttpRequest.BodyPublishers.ofString(formOf(form))).build());
  }

  private Discovery readDiscovery() throws ProviderException {
    String issuer = settings.issuer();
    URI uri = URI.create(issuer + "/.well-known/openid-configuration");
    requireSecure(uri);
    JsonObject doc = call(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
    if (!issuer.equals(IdTokenValidator.string(doc, "issuer"))) {
      throw new ProviderException(
          "The discovery document names issuer "
              + IdTokenValidator.string(doc, "issuer")
              + ", not "
              + issuer);
    }
    String authorization = endpoint(doc, "authorization_endpoint", true);
    String token = endpoint(doc, "token_endpoint", true);
    String jwks = endpoint(doc, "jwks_uri", true);
    String endSession = endpoint(doc, "end_session_endpoint", false);
    JsonValue methods = doc.get("token_endpoint_auth_methods_supported");
    boolean basic =
        methods == null
            || methods.getValueType() != JsonValue.ValueType.ARRAY
            || methods.asJsonArray().contains(Json.createValue("client_secret_basic"))
            || !methods.asJsonArray().contains(Json.createValue("client_secret_post"));
    return new Discovery(issuer, authorization, token, jwks, endSession, basic);
  }

  private Map<String, PublicKey> readKeys() throws ProviderException {
    JsonObject jwks =
        call(HttpRequest.newBuilder(URI.create(discovery().jwksUri())).timeout(TIMEOUT).build());
    Map<String, PublicKey> read = new HashMap<>();
    JsonValue list = jwks.get("keys");
    if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new ProviderException("The JWKS has no keys");
    }
    for (JsonValue value : list.asJsonArray()) {
      if (value.getValueType() == JsonValue.ValueType.OBJECT) {
        rsaKey(value.asJsonObject())
            .ifPresent(k -> read.put(orEmpty(value.asJsonObject(), "kid"), k));
      }
    }
    return Map.copyOf(read);
  }

  /** An RSA key for signatures (not one for encryption) from a JWK, if it is one. */
  static Optional<PublicKey> rsaKey(JsonObject jwk) {
    String use = IdTokenValidator.string(jwk, "use");
    String alg = IdTokenValidator.string(jwk, "alg");
    if (!"RSA".equals(IdTokenValidator.string(jwk, "kty"))
        || (use != null && !use.equals("sig"))
        || (alg != null && !alg.equals("RS256"))) {
      return Optional.empty();
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      BigInteger n = new BigInteger(1, b64.decode(IdTokenValidator.string(jwk, "n")));
      BigInteger e = new BigInteger(1, b64.decode(IdTokenValidator.string(jwk, "e")));
      return Optional.of(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
    } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException ex) {
      return Optional.empty();
    }
  }

  static Optional<PublicKey> lookup(Map<String, PublicKey> keys, String kid) {
    if (kid != null) {
      return Optional.ofNullable(keys.get(kid));
    }
    return keys.size() == 1 ? keys.values().stream().findFirst() : Optional.empty();
  }

  private JsonObject call(HttpRequest request) throws ProviderException {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new ProviderException(
            request.uri() + " answered " + response.statusCode() + ": " + abbreviate(response));
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    } catch (IOException | JsonException e) {
      throw new ProviderException(request.uri() + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(request.uri() + ": interrupted");
    }
  }

  private static String endpoint(JsonObject doc, String name, boolean required)
      throws ProviderException {
    String value = IdTokenValidator.string(doc, name);
    if (value == null) {
      if (required) {
        throw new ProviderException("The discovery document has no " + name);
      }
      return null;
    }
    requireSecure(URI.create(value));
    return value;
  }

  static void requireSecure(URI uri) throws ProviderException {
    String host = uri.getHost();
    boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
      throw new ProviderException(uri + " is not HTTPS");
    }
  }

  static String formOf(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String orEmpty(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString() : "";
  }

  private static String abbreviate(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    return body.length() > 300 ? body.substring(0, 300) : body;
  }
}
