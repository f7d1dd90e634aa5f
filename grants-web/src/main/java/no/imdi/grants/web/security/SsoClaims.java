package no.imdi.grants.web.security;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.security.sso.SsoIdentity;

/**
 * Reads who logged in from the claims of a validated ID token: the subject, the username claim (a
 * setting, {@code preferred_username} by default), name and e-mail, and the role and municipality
 * claims (settings, {@code grants_role} and {@code municipality} by default). A claim name may be a
 * path into nested objects ({@code realm_access.roles}); a role claim may be a string or a list of
 * strings, a municipality claim a string or a number.
 */
final class SsoClaims {

  private SsoClaims() {}

  static SsoIdentity identity(JsonObject claims, OidcSettings settings) {
    return new SsoIdentity(
        IdTokenValidator.string(claims, "iss"),
        IdTokenValidator.string(claims, "sub"),
        text(find(claims, settings.usernameClaim())),
        displayName(claims),
        text(find(claims, "email")),
        texts(find(claims, settings.roleClaim())),
        text(find(claims, settings.municipalityClaim())));
  }

  private static String displayName(JsonObject claims) {
    String name = text(find(claims, "name"));
    if (name != null && !name.isBlank()) {
      return name;
    }
    String given = text(find(claims, "given_name"));
    String family = text(find(claims, "family_name"));
    String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return joined.isEmpty() ? null : joined;
  }

  static JsonValue find(JsonObject claims, String path) {
    JsonValue value = claims.get(path);
    if (value != null || !path.contains(".")) {
      return value;
    }
    JsonValue at = claims;
    for (String part : path.split("\\.")) {
      if (at == null || at.getValueType() != JsonValue.ValueType.OBJECT) {
        return null;
      }
      at = at.asJsonObject().get(part);
    }
    return at;
  }

  static String text(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  static List<String> texts(JsonValue value) {
    List<String> values = new ArrayList<>();
    if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> values.add(text(v)));
    } else if (text(value) != null) {
      values.add(text(value));
    }
    values.removeIf(v -> v == null);
    return values;
  }
}
