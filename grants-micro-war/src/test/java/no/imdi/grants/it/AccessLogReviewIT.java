package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The access-log review against the running application: the administrator finds who read a person
 * and exports it, Bergen's caseworker cannot see the log of Oslo's person, other roles are refused,
 * and the review is logged.
 */
class AccessLogReviewIT {

  private static final String PASSWORD = "Tilskudd-demo-2026";

  @Test
  void theAdministratorFindsWhoReadAPersonAndExportsItAndBergenSeesNothingOfOslo()
      throws Exception {
    long person = TestData.person(TestData.OSLO, "Lestesen")[0];
    String nationalId = nationalIdOf(person);
    WebClient oslo = loggedIn("kommune.oslo");
    assertThat(oslo.get("app/person.xhtml?id=" + person).statusCode()).isEqualTo(200);

    WebClient admin = loggedIn("admin");
    HttpResponse<String> found = search(admin, nationalId, "accessLogForm:search");
    assertThat(found.body())
        .contains(nationalId, "Flytter Lestesen", "kommune.oslo", "Kari Nordmann (Oslo)");
    HttpResponse<String> csv = search(admin, nationalId, "accessLogForm:export");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body())
        .contains("\"Tidspunkt\";\"Bruker\";\"Navn\";\"Rolle\"")
        .contains("\"kommune.oslo\"")
        .contains("\"" + nationalId + "\"")
        .contains("\"Gjennomgang av tilgangslogg\"");
    assertThat(
            number(
                "select count(*) from security_event where username = 'admin'"
                    + " and kind = 'ACCESS_LOG_REVIEW' and target like ?",
                "%person=" + person + "%"))
        .isGreaterThanOrEqualTo(2);

    WebClient bergen = loggedIn("kommune.bergen");
    HttpResponse<String> nothing = search(bergen, nationalId, "accessLogForm:search");
    assertThat(nothing.statusCode()).isEqualTo(200);
    assertThat(nothing.body()).doesNotContain(nationalId + "</span>").contains("Ingen oppslag");
    HttpResponse<String> bergenCsv = search(bergen, nationalId, "accessLogForm:export");
    assertThat(bergenCsv.body()).doesNotContain("\"" + nationalId + "\"");

    for (String user : new String[] {"imdi.saksbehandler", "okonomi.oslo"}) {
      assertThat(loggedIn(user).get("app/access-log.xhtml").statusCode()).as(user).isEqualTo(403);
    }
  }

  private static HttpResponse<String> search(WebClient client, String nationalId, String button)
      throws Exception {
    Map<String, String> form =
        FormFields.of(client.get("app/access-log.xhtml").body(), "accessLogForm");
    form.put("accessLogForm:nationalId", nationalId);
    form.put(button, "");
    return client.postForm("app/access-log.xhtml", form);
  }

  private static WebClient loggedIn(String username) throws Exception {
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    client.login(username, PASSWORD);
    return client;
  }

  private static String nationalIdOf(long personId) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement("select national_id from person where id = ?")) {
      ps.setLong(1, personId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static long number(String sql, Object... parameters) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
