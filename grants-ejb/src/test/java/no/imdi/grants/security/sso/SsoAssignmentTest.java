package no.imdi.grants.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.imdi.grants.security.Role;
import org.junit.jupiter.api.Test;

class SsoAssignmentTest {

  @Test
  void anImdiRoleNeedsNoMunicipalityAndIgnoresOne() {
    SsoAssignment a = SsoAssignment.of(List.of("offline_access", "imdi_caseworker"), "0301");
    assertThat(a.refused()).isFalse();
    assertThat(a.role()).isEqualTo(Role.IMDI_CASEWORKER);
    assertThat(a.municipality()).isNull();
  }

  @Test
  void aMunicipalityRoleTakesTheMunicipalityOfFourDigits() {
    SsoAssignment a = SsoAssignment.of(List.of("MUNICIPALITY_CASEWORKER"), " 0301 ");
    assertThat(a.role()).isEqualTo(Role.MUNICIPALITY_CASEWORKER);
    assertThat(a.municipality()).isEqualTo("0301");
  }

  @Test
  void aMunicipalityRoleWithoutAValidMunicipalityIsRefused() {
    for (String bad : new String[] {null, "", "301", "03011", "Oslo"}) {
      assertThat(SsoAssignment.of(List.of("MUNICIPALITY_FINANCE"), bad).refusal())
          .as(bad)
          .isEqualTo(SsoRefusal.NO_MUNICIPALITY);
    }
  }

  @Test
  void noKnownRoleOrMoreThanOneIsRefused() {
    assertThat(SsoAssignment.of(List.of(), null).refusal()).isEqualTo(SsoRefusal.NO_ROLE);
    assertThat(SsoAssignment.of(List.of("SUPERUSER"), null).refusal())
        .isEqualTo(SsoRefusal.NO_ROLE);
    assertThat(SsoAssignment.of(List.of("ADMIN", "IMDI_APPROVER"), null).refusal())
        .isEqualTo(SsoRefusal.NO_ROLE);
  }

  @Test
  void theUsernameIsKeptInLowerCaseAndRefusedWhenUnusable() {
    assertThat(SingleSignOnUsers.username(" Ola.Nordmann@IMDi.no "))
        .isEqualTo("ola.nordmann@imdi.no");
    assertThat(SingleSignOnUsers.username(null)).isNull();
    assertThat(SingleSignOnUsers.username("a b")).isNull();
    assertThat(SingleSignOnUsers.username("x".repeat(65))).isNull();
  }
}
