package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

  @Test
  void oneTimePasswordsAreSixteenUnambiguousCharactersInGroupsAndFollowThePolicy() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = OneTimePasswords.generate();
      assertThat(password).matches("([a-hjkmnp-z2-9]{4}-){3}[a-hjkmnp-z2-9]{4}");
      assertThat(PasswordPolicy.check(password, List.of("kari.nordmann"))).isEmpty();
      seen.add(password);
    }
    assertThat(seen).hasSize(200);
  }
}
