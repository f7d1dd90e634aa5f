package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"/app/person.xhtml?id=12", "/admin/rates.xhtml", "/app/settlements.xhtml"})
  void theApplicationsOwnPagesAreKept(String path) {
    assertThat(ReturnTo.safe(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "//evil.example/app/",
        "https://evil.example/app/x",
        "/app//evil.example",
        "/app/\\evil",
        "/login.xhtml",
        "/app/x\r\nSet-Cookie: a=b",
        "/api/v1/rules/holidays"
      })
  void anythingElseIsDropped(String path) {
    assertThat(ReturnTo.safe(path)).isNull();
  }
}
