package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantsAuthenticationMechanismTest {

  @ParameterizedTest
  @CsvSource({
    "/app/password.xhtml, true",
    "/login.xhtml, true",
    "/jakarta.faces.resource/theme.css.xhtml, true",
    "/error/forbidden.xhtml, true",
    "/api/v1/rules/holidays, true",
    "/app/settlements.xhtml, false",
    "/admin/users.xhtml, false",
    "/index.xhtml, false",
    "/app/password.xhtml/../settlements.xhtml, false",
  })
  void aUserWithAOneTimePasswordReachesNoOtherPage(String path, boolean allowed) {
    assertThat(GrantsAuthenticationMechanism.mayWaitForPasswordChange(path)).isEqualTo(allowed);
  }

  @Test
  void theContainerSeesNoRoleUntilTheOneTimePasswordIsChanged() {
    Instant at = Instant.parse("2026-11-20T09:15:00Z");
    assertThat(new SessionCaller("kari", Set.of("ADMIN"), at, true).activeGroups()).isEmpty();
    assertThat(new SessionCaller("kari", Set.of("ADMIN"), at, false).activeGroups())
        .containsExactly("ADMIN");
  }
}
