package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

  @Test
  void withoutIssuerClientAndSecretThereIsNoProviderAndTheLocalLoginStays() {
    OidcSettings none = new OidcSettings(null, null, null);
    none.localLogin = false;
    assertThat(none.configured()).isFalse();
    assertThat(none.localLogin()).as("nobody could log in otherwise").isTrue();
    assertThat(new OidcSettings("https://idp.example", "tilskudd", " ").configured()).isFalse();
  }

  @Test
  void theLocalLoginCanBeSwitchedOffWhenAProviderIsConfigured() {
    OidcSettings sso = new OidcSettings("https://idp.example/realms/t/", "tilskudd", "secret");
    assertThat(sso.configured()).isTrue();
    assertThat(sso.localLogin()).isTrue();
    sso.localLogin = false;
    assertThat(sso.localLogin()).isFalse();
    assertThat(sso.issuer()).isEqualTo("https://idp.example/realms/t");
    assertThat(sso.providerName()).isEqualTo("idp.example");
  }

  @Test
  void theApplicationsAddressEndsWithASlashAndTheScopeAlwaysHasOpenid() {
    OidcSettings sso = new OidcSettings("https://idp.example", "tilskudd", "secret");
    sso.applicationUrl = Optional.of("https://tilskudd.example");
    sso.scope = "profile email";
    assertThat(sso.applicationUrl()).hasValue("https://tilskudd.example/");
    assertThat(sso.scope()).isEqualTo("openid profile email");
  }
}
