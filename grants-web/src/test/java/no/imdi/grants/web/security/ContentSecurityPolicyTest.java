package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void everythingDefaultsToThisOriginAndNothingAllowsInlineOrEvaluatedScripts() {
    assertThat(ContentSecurityPolicy.POLICY)
        .startsWith("default-src 'self';")
        .contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
        .doesNotContain("'unsafe-eval'", "*");
  }

  @Test
  void theScriptSourcesComeLastSoThatPrimeFacesAppendsItsNonceToThem() {
    String page = ContentSecurityPolicy.POLICY + " 'nonce-abc';";
    assertThat(page).endsWith("; script-src 'self' 'nonce-abc';");
    assertThat(ContentSecurityPolicy.POLICY.split("script-src")).hasSize(2);
  }

  @Test
  void withAProvidersLogoutFormsMayAlsoLeadToItsOriginOnly() {
    String policy =
        ContentSecurityPolicy.withFormAction("https://idp.example:8443/realms/t/logout?x=1");
    assertThat(policy).contains("form-action 'self' https://idp.example:8443;");
    assertThat(policy.replace(" https://idp.example:8443", ""))
        .isEqualTo(ContentSecurityPolicy.POLICY);
    assertThat(ContentSecurityPolicy.withFormAction(null)).isEqualTo(ContentSecurityPolicy.POLICY);
  }
}
