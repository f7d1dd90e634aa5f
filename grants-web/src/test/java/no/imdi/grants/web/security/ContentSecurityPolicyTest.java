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
}
