package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Security of the running application over HTTP: headers on every page, a new session id at login,
 * no access after logout, and an access-log row for every read of a person's record.
 */
class SecurityIT {

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> login = new WebClient(TestEnvironment.baseUrl()).get("login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Content-Security-Policy"))
        .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"))
        .anySatisfy(csp -> assertThat(csp).containsPattern("script-src 'self' 'nonce-[^']+'"))
        .noneSatisfy(csp -> assertThat(csp).contains("'unsafe-eval'"));
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void theSessionGetsANewIdAtLoginAndIsGoneAfterLogout() throws Exception {
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    client.get("login.xhtml");
    String before = client.sessionId();
    assertThat(before).isNotNull();
    HttpResponse<String> home = client.login("imdi.saksbehandler", "Tilskudd-demo-2026");
    assertThat(home.uri().getPath()).endsWith("/app/settlements.xhtml");
    assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);

    HttpResponse<String> list = client.get("app/settlements.xhtml");
    java.util.Map<String, String> logout = new java.util.LinkedHashMap<>();
    logout.put("logoutForm", "logoutForm");
    logout.put("logoutForm:logout", "");
    logout.put("jakarta.faces.ViewState", WebClient.viewState(list.body()));
    logout.put("primefaces.nonce", WebClient.nonce(list.body()));
    HttpResponse<String> out = client.postForm("app/settlements.xhtml", logout);
    assertThat(out.uri().toString()).contains("login.xhtml?loggedOut=true");
    assertThat(client.get("app/settlements.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void aWrongPasswordDoesNotLogIn() throws Exception {
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    HttpResponse<String> page = client.login("kommune.oslo", "wrong");
    assertThat(page.uri().getPath()).endsWith("/login.xhtml");
    assertThat(page.body()).contains("Feil brukernavn eller passord.");
    assertThat(client.get("app/settlements.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void readingAPersonsRecordWritesTheAccessLog() throws Exception {
    long personId;
    try (var c = TestEnvironment.connection();
        var rs =
            c.createStatement()
                .executeQuery("select person_id from settlement order by id desc limit 1")) {
      rs.next();
      personId = rs.getLong(1);
    }
    long before = reads(personId, "imdi.godkjenner");
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    client.login("imdi.godkjenner", "Tilskudd-demo-2026");
    assertThat(client.get("app/person.xhtml?id=" + personId).statusCode()).isEqualTo(200);
    assertThat(reads(personId, "imdi.godkjenner")).isEqualTo(before + 1);
  }

  @Test
  void theMinistryAndTheAdministratorSeeNoPersons() throws Exception {
    long personId;
    try (var c = TestEnvironment.connection();
        var rs = c.createStatement().executeQuery("select person_id from settlement limit 1")) {
      rs.next();
      personId = rs.getLong(1);
    }
    for (String user : new String[] {"departementet", "admin"}) {
      WebClient client = new WebClient(TestEnvironment.baseUrl());
      client.login(user, "Tilskudd-demo-2026");
      assertThat(client.get("app/person.xhtml?id=" + personId).statusCode())
          .as(user)
          .isEqualTo(403);
    }
  }

  private static long reads(long personId, String user) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select count(*) from person_access_log where person_id = ? and username = ?")) {
      ps.setLong(1, personId);
      ps.setString(2, user);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
