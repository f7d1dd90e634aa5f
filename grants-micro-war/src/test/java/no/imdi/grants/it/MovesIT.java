package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A move as the municipalities and IMDi live it (R-IG-6): the old municipality confirms before the
 * move is registered and is told afterwards that the person is no longer shown to it; both
 * municipalities find a notice on their start page; IMDi takes a wrong move back with a reason,
 * which the audit trail keeps.
 */
class MovesIT {

  private static final String PASSWORD = "Tilskudd-demo-2026";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Test
  void aMoveIsConfirmedReportedToBothMunicipalitiesAndCanBeTakenBackByImdi() throws Exception {
    String family = "Flyttesen" + ThreadLocalRandom.current().nextInt(1_000_000);
    long[] ids = TestData.person(TestData.OSLO, family);
    long person = ids[0];
    long settlement = ids[1];
    LocalDate moveDate = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(2);

    WebClient oslo = new WebClient(TestEnvironment.baseUrl());
    oslo.login("kommune.oslo", PASSWORD);
    String page = oslo.get("app/person.xhtml?id=" + person).body();
    Map<String, String> move = FormFields.of(page, "moveForm");
    move.put("moveForm:moveTo_input", TestData.BERGEN);
    move.put("moveForm:moveDate_input", DATE.format(moveDate));
    move.put("moveForm:registerMove", "");
    HttpResponse<String> asked = oslo.postForm("app/person.xhtml?id=" + person, move);
    assertThat(asked.body())
        .contains("Du registrerer at Flytter " + family + " flytter til")
        .contains("Bergen")
        .contains("ser ikke kommunen din personen lenger");
    assertThat(municipalityOf(settlement)).isEqualTo(TestData.OSLO);

    Map<String, String> confirm = FormFields.of(asked.body(), "moveForm");
    confirm.put("moveForm:confirmMove", "");
    HttpResponse<String> done = oslo.postForm("app/person.xhtml?id=" + person, confirm);
    assertThat(done.uri().getPath()).endsWith("/app/settlements.xhtml");
    assertThat(done.body()).contains("vises ikke lenger for deg");
    assertThat(municipalityOf(settlement)).isEqualTo(TestData.BERGEN);
    assertThat(count("select count(*) from settlement_audit where settlement_id = ?", settlement))
        .isEqualTo(1);
    assertThat(done.body()).contains(family + " har flyttet fra kommunen til");

    WebClient bergen = new WebClient(TestEnvironment.baseUrl());
    String start = bergen.login("kommune.bergen", PASSWORD).body();
    assertThat(start).contains(family + " har flyttet til kommunen fra").contains("Åpne personen");

    WebClient imdi = new WebClient(TestEnvironment.baseUrl());
    imdi.login("imdi.saksbehandler", PASSWORD);
    String imdiPage = imdi.get("app/person.xhtml?id=" + person).body();
    Map<String, String> correct = FormFields.of(imdiPage, "correctForm");
    correct.put("correctForm:correctTo_input", "");
    correct.put("correctForm:reason", "Registrert ved en feil");
    correct.put("correctForm:correctMove", "");
    HttpResponse<String> corrected = imdi.postForm("app/person.xhtml?id=" + person, correct);
    assertThat(corrected.body()).contains("Flyttingen er rettet");
    assertThat(municipalityOf(settlement)).isEqualTo(TestData.OSLO);
    assertThat(corrected.body()).contains("Flytting tatt tilbake", "Registrert ved en feil");
    assertThat(oslo.get("app/person.xhtml?id=" + person).statusCode()).isEqualTo(200);
  }

  private static String municipalityOf(long settlement) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement("select municipality from settlement where id = ?")) {
      ps.setLong(1, settlement);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static long count(String sql, long id) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
