package no.imdi.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider of single sign-on (OpenID Connect), read like the database settings through
 * MicroProfile Config: environment ({@code GRANTS_OIDC_ISSUER}, {@code GRANTS_OIDC_CLIENTID},
 * {@code GRANTS_OIDC_CLIENTSECRET}, ...) or system properties ({@code grants.oidc.issuer} ...).
 * Without an issuer, a client id and a secret there is no provider, and the login is the local one
 * only, as before. Local (password) login can be switched off ({@code
 * grants.security.localLogin=false}) when a provider is configured.
 */
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "grants.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "grants.oidc.clientId")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "grants.oidc.clientSecret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "grants.oidc.providerName")
  Optional<String> providerName;

  @Inject
  @ConfigProperty(name = "grants.oidc.roleClaim", defaultValue = "grants_role")
  String roleClaim;

  @Inject
  @ConfigProperty(name = "grants.oidc.municipalityClaim", defaultValue = "municipality")
  String municipalityClaim;

  @Inject
  @ConfigProperty(name = "grants.oidc.usernameClaim", defaultValue = "preferred_username")
  String usernameClaim;

  @Inject
  @ConfigProperty(name = "grants.oidc.scope", defaultValue = "openid profile email")
  String scope;

  @Inject
  @ConfigProperty(name = "grants.oidc.applicationUrl")
  Optional<String> applicationUrl;

  @Inject
  @ConfigProperty(name = "grants.security.localLogin", defaultValue = "true")
  boolean localLogin;

  public OidcSettings() {}

  /** Settings given directly (tests). */
  OidcSettings(String issuer, String clientId, String clientSecret) {
    this.issuer = Optional.ofNullable(issuer);
    this.clientId = Optional.ofNullable(clientId);
    this.clientSecret = Optional.ofNullable(clientSecret);
    this.providerName = Optional.empty();
    this.roleClaim = "grants_role";
    this.municipalityClaim = "municipality";
    this.usernameClaim = "preferred_username";
    this.scope = "openid profile email";
    this.applicationUrl = Optional.empty();
    this.localLogin = true;
  }

  /** Whether a provider is configured: issuer, client id and secret all given. */
  public boolean configured() {
    return present(issuer) && present(clientId) && present(clientSecret);
  }

  /** Whether the login form with username and password is offered (always without a provider). */
  public boolean localLogin() {
    return localLogin || !configured();
  }

  /** The issuer without a trailing slash, exactly as the ID tokens name it. */
  public String issuer() {
    String value = issuer.orElseThrow().strip();
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  public String clientId() {
    return clientId.orElseThrow().strip();
  }

  String clientSecret() {
    return clientSecret.orElseThrow();
  }

  /** The name on the login button: the setting, else the issuer's host. */
  public String providerName() {
    return providerName
        .filter(n -> !n.isBlank())
        .map(String::strip)
        .orElseGet(() -> URI.create(issuer()).getHost());
  }

  public String roleClaim() {
    return roleClaim;
  }

  public String municipalityClaim() {
    return municipalityClaim;
  }

  public String usernameClaim() {
    return usernameClaim;
  }

  public String scope() {
    return scope.contains("openid") ? scope : "openid " + scope;
  }

  /**
   * The application's address as the provider knows it ({@code https://tilskudd.example/}), with a
   * trailing slash; empty when the address of the request is to be used.
   */
  public Optional<String> applicationUrl() {
    return applicationUrl
        .filter(u -> !u.isBlank())
        .map(String::strip)
        .map(u -> u.endsWith("/") ? u : u + "/");
  }

  private static boolean present(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).isPresent();
  }
}
