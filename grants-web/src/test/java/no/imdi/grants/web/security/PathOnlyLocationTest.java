package no.imdi.grants.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathOnlyLocationTest {

  @ParameterizedTest(name = "{0} from {1}://{2}:{3} -> {4}")
  @CsvSource({
    "http://evil.example/login.xhtml, http, evil.example, 80, /login.xhtml",
    "http://EVIL.example:80/app/?x=1, http, evil.example, 80, /app/?x=1",
    "http://127.0.0.1:8080/index.xhtml, http, 127.0.0.1, 8080, /index.xhtml",
    "https://tilskudd.example, https, tilskudd.example, 443, /",
    "https://tilskudd.example?a=b, https, tilskudd.example, 443, /?a=b",
    "/login.xhtml, http, evil.example, 80, /login.xhtml",
    "login.xhtml, http, evil.example, 80, login.xhtml",
    "http://127.0.0.1:8080/x, http, 127.0.0.1, 80, http://127.0.0.1:8080/x",
    "http://127.0.0.1/x, http, 127.0.0.1, 8080, http://127.0.0.1/x",
    "http://evil.example.org/x, http, evil.example, 80, http://evil.example.org/x",
    "https://evil.example/x, http, evil.example, 80, https://evil.example/x",
    "https://idporten.example/authorize, https, tilskudd.example, 443,"
        + " https://idporten.example/authorize",
  })
  void aRedirectToThisServerBecomesAPathAndOthersStay(
      String location, String scheme, String host, int port, String expected) {
    assertThat(PathOnlyLocation.of(location, scheme, host, port)).isEqualTo(expected);
  }
}
