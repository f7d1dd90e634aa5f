package no.imdi.grants.it;

import static no.imdi.grants.it.ApiClient.badParameter;
import static no.imdi.grants.it.ApiClient.ok;
import static no.imdi.grants.it.HostileInput.body;
import static no.imdi.grants.it.HostileInput.query;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules API of the running application, end to end over HTTP without login: each endpoint with
 * the rule book's own examples against the stored rates and settings, bad input answered 400 with
 * an RFC 9457 problem naming the parameter, no WADL, and the OpenAPI document; hostile input, the
 * numbers' ranges and the body limit are in {@link RulesApiLimitsIT}.
 */
class RulesApiIT {

  static final String RULES = "api/v1/rules/";
  static final String COST_EXAMPLE =
      """
      {"zone":"I","measures":[{"name":"Miljøarbeid i bolig","lines":[
        {"role":"Miljøarbeider","hourlyPay":250,"hours":1000,"timeCategory":"DIRECT_USER_TIME",
         "holidayPayRate":0.12,"pensionRate":0.10},
        {"role":"Vikar","hourlyPay":250,"hours":40,"timeCategory":"SUBSTITUTE",
         "holidayPayRate":0.12,"pensionRate":0.10}]}]}
      """;

  private final ApiClient api = new ApiClient();

  @Test
  void holidaysOf2024InEnglish() {
    JsonObject json = ok(api.get(RULES + "holidays?year=2024", "en"));

    assertThat(json.getInt("year")).isEqualTo(2024);
    JsonArray holidays = json.getJsonArray("holidays");
    assertThat(holidays).hasSize(12);
    assertThat(holidays.getJsonObject(0).getString("date")).isEqualTo("2024-01-01");
    assertThat(holidays.getJsonObject(0).getString("name")).isEqualTo("New Year's Day");
    assertThat(holidays.stream().map(h -> h.asJsonObject().getString("date")))
        .contains("2024-03-28", "2024-03-29", "2024-04-01", "2024-05-09", "2024-05-17")
        .doesNotContain("2024-12-24");
  }

  @Test
  void holidayNamesInBokmalByDefault() {
    JsonObject json = ok(api.get(RULES + "holidays?year=2024", null));

    assertThat(json.getJsonArray("holidays").getJsonObject(0).getString("name"))
        .isEqualTo("1. nyttårsdag");
  }

  @ParameterizedTest(name = "holidays?{0}")
  @CsvSource({"year=1899", "year=2200", "year=abc", "year=", "''"})
  void holidaysRefuseABadYear(String query) {
    badParameter(api.get(RULES + "holidays?" + query, "en"), "year");
  }

  @Test
  void complaintDeadlineThreeWeeksOn() {
    JsonObject json = ok(api.get(RULES + "complaint-deadline?noticeReceived=2024-09-03", "nb"));

    assertThat(json.getString("noticeReceived")).isEqualTo("2024-09-03");
    assertThat(json.getString("plainDeadline")).isEqualTo("2024-09-24");
    assertThat(json.getString("deadline")).isEqualTo("2024-09-24");
    assertThat(json.getBoolean("rolledForward")).isFalse();
    assertThat(json.getJsonArray("rules").getString(0)).isEqualTo("R-AP-3");
    assertThat(json.getString("explanation"))
        .isEqualTo(
            "Klagefrist 24.09.2024 (R-AP-3: tre uker etter at underretningen om vedtaket kom fram"
                + " 03.09.2024, forvaltningsloven § 29).");
  }

  @Test
  void complaintDeadlineOnEasterMondayMovesToTheNextWorkingDay() {
    JsonObject json = ok(api.get(RULES + "complaint-deadline?noticeReceived=2026-03-16", "en"));

    assertThat(json.getString("plainDeadline")).isEqualTo("2026-04-06");
    assertThat(json.getString("deadline")).isEqualTo("2026-04-07");
    assertThat(json.getBoolean("rolledForward")).isTrue();
    assertThat(json.getString("explanation"))
        .isEqualTo(
            "Complaint deadline 07.04.2026 (R-AP-3: three weeks after the notice of the decision"
                + " reached the party on 16.03.2026, Public Administration Act section 29;"
                + " 06.04.2026 is Easter Monday; the next working day is 07.04.2026 (Courts Act"
                + " section 149 by analogy, rule not verified)).");
  }

  @ParameterizedTest(name = "complaint-deadline?{0}")
  @CsvSource({
    "noticeReceived=2023-02-30",
    "noticeReceived=03.09.2024",
    "noticeReceived=",
    "other=2024-09-03",
    "noticeReceived=2199-12-30"
  })
  void complaintDeadlineRefusesABadDate(String query) {
    badParameter(api.get(RULES + "complaint-deadline?" + query, "en"), "noticeReceived");
  }

  @Test
  void disabilityScheduleOfTheSeedsSettlementOn13October2023() {
    JsonObject json = ok(api.get(RULES + "disability-schedule?settlementDate=2023-10-13", "nb"));

    assertThat(json.getBoolean("inTargetGroup")).isTrue();
    assertThat(json.getInt("maxT2Years")).isEqualTo(5);
    JsonArray years = json.getJsonArray("years");
    assertThat(years).hasSize(5);
    assertThat(years.stream().map(y -> y.asJsonObject().getString("deadline")))
        .containsExactly("2024-12-13", "2025-12-13", "2026-12-13", "2027-12-13", "2028-12-13");
    JsonObject first = years.getJsonObject(0);
    assertThat(first.getInt("grantYear")).isEqualTo(1);
    assertThat(first.getString("start")).isEqualTo("2023-10-13");
    assertThat(first.getString("end")).isEqualTo("2024-10-12");
    assertThat(first.getString("firstApplicationDeadline")).isEqualTo("2024-12-13");
    assertThat(first.getBoolean("t1Possible")).isTrue();
    assertThat(first.getBoolean("t2Possible")).isTrue();
    assertThat(first.getJsonNumber("t1Amount").longValue()).isEqualTo(196_400);
    assertThat(first.getJsonNumber("t2Cap").longValue()).isEqualTo(1_520_000);
    assertThat(first.getJsonArray("rules").getValuesAs(JsonValue::toString))
        .contains("\"R-GY-1\"", "\"R-DL-1\"", "\"R-RATE-1\"");
    assertThat(first.getString("explanation"))
        .isEqualTo(
            "Tilskuddsår 1: 13.10.2023–12.10.2024 (R-GY-1: starter på bosettingsdato 13.10.2023 og"
                + " varer ett år). Frist for førstegangssøknad for tilskuddsår 1: 13.12.2024"
                + " (R-DL-1: 14 måneder etter bosettingsdato 13.10.2023). Søknadsfristen flyttes"
                + " ikke til neste virkedag. T1 kan søkes for tilskuddsår 1 eller 2 som et"
                + " engangstilskudd (R-T1-1). T2 kan søkes for tilskuddsår 1 av inntil 5 (R-T2-1)."
                + " Førstegangssøknaden for tilskuddsår 1 eller 2 gjelder enten T1 eller T2"
                + " (R-T-1). T1: 196 400 kr, satsen for 2023, året tilskuddsår 1"
                + " (13.10.2023–12.10.2024) starter (R-RATE-1, R-RATE-2; verifisert sats). T2:"
                + " inntil 1 520 000 kr, satsen for 2023, året tilskuddsår 1"
                + " (13.10.2023–12.10.2024) starter (R-RATE-1, R-RATE-2; verifisert sats).");
    assertThat(years.getJsonObject(1).getString("firstApplicationDeadline"))
        .isEqualTo("2024-12-13");
    JsonObject third = years.getJsonObject(2);
    assertThat(third.get("firstApplicationDeadline")).isEqualTo(JsonValue.NULL);
    assertThat(third.getBoolean("t1Possible")).isFalse();
    assertThat(third.get("t1Amount")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void theGrantYearFrom2February2023UsesThe2023Rates() {
    JsonObject first =
        ok(api.get(RULES + "disability-schedule?settlementDate=2023-02-02", "en"))
            .getJsonArray("years")
            .getJsonObject(0);

    assertThat(first.getString("end")).isEqualTo("2024-02-01");
    assertThat(first.getInt("rateYear")).isEqualTo(2023);
    assertThat(first.getJsonNumber("t1Amount").longValue()).isEqualTo(196_400);
    assertThat(first.getJsonNumber("t2Cap").longValue()).isEqualTo(1_520_000);
  }

  @Test
  void aChildBornAfterTheMothersSettlementCountsFromTheBirth() {
    JsonObject json =
        ok(
            api.get(
                RULES
                    + "disability-schedule?motherSettlementDate=2023-10-13&birthDate=2024-02-01"
                    + "&udiHousing=SAERSKILT_BO_OG_OMSORG",
                "en"));

    assertThat(json.getInt("maxT2Years")).isEqualTo(10);
    JsonObject first = json.getJsonArray("years").getJsonObject(0);
    assertThat(first.getString("start")).isEqualTo("2024-02-01");
    assertThat(first.getString("firstApplicationDeadline")).isEqualTo("2025-04-01");
    assertThat(first.getJsonArray("rules").getValuesAs(JsonValue::toString)).contains("\"R-DL-4\"");
  }

  @ParameterizedTest(name = "disability-schedule?{0} -> {1}")
  @CsvSource({
    "settlementDate=2023-02-30, settlementDate",
    "'', settlementDate",
    "settlementDate=2023-10-13&udiHousing=PALACE, udiHousing",
    "settlementDate=2023-10-13&unaccompaniedMinor=yes, unaccompaniedMinor",
    "settlementDate=2023-10-13&unaccompaniedMinor=true, birthDate",
    "settlementDate=2023-10-13&birthDate=2023-10-14, birthDate",
    "settlementDate=2023-10-13&motherSettlementDate=2023-10-13, motherSettlementDate",
    "motherSettlementDate=2023-10-13&birthDate=2023-01-01, birthDate"
  })
  void disabilityScheduleRefusesBadFacts(String query, String parameter) {
    badParameter(api.get(RULES + "disability-schedule?" + query, "en"), parameter);
  }

  @Test
  void integrationGrantOfASingleAdultSettledIn2023() {
    JsonObject json =
        ok(
            api.get(
                RULES
                    + "integration-grant-schedule?settlementDate=2023-10-13&birthDate=1990-05-01"
                    + "&household=SINGLE_ADULT",
                "nb"));

    JsonArray years = json.getJsonArray("years");
    assertThat(years.stream().map(y -> y.asJsonObject().getInt("calendarYear")))
        .containsExactly(2023, 2024, 2025, 2026, 2027);
    assertThat(years.getJsonObject(0).getJsonArray("codes").getString(0)).isEqualTo("AR-1-EV");
    assertThat(years.getJsonObject(1).getJsonArray("codes").getString(0)).isEqualTo("AR-2");
    assertThat(json.getJsonArray("specialGrant")).isEmpty();
    assertThat(years.getJsonObject(0).getString("explanation")).contains("R-IG-4");
  }

  @Test
  void integrationGrantOfAnUnaccompaniedMinorHasTheSpecialGrant() {
    JsonObject json =
        ok(
            api.get(
                RULES
                    + "integration-grant-schedule?settlementDate=2023-10-13&birthDate=2010-05-01"
                    + "&household=CHILD&unaccompaniedMinor=true",
                "en"));

    JsonArray special = json.getJsonArray("specialGrant");
    assertThat(special.stream().map(s -> s.asJsonObject().getInt("calendarYear")))
        .containsExactly(2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030);
    assertThat(special.getJsonObject(0).getString("code")).isEqualTo("EMINB");
    assertThat(special.getJsonObject(4).getString("code")).isEqualTo("EMINU");
  }

  @ParameterizedTest(name = "integration-grant-schedule?{0} -> {1}")
  @CsvSource({
    "settlementDate=2023-10-13&birthDate=1990-05-01, household",
    "settlementDate=2023-10-13&birthDate=1990-05-01&household=COUPLE, household",
    "settlementDate=2023-10-13&household=SINGLE_ADULT, birthDate",
    "birthDate=1990-05-01&household=SINGLE_ADULT, settlementDate",
    "settlementDate=2023-10-13&birthDate=1990-05-01&household=CHILD&familyOfHumanitarian=1,"
        + " familyOfHumanitarian",
    "motherSettlementDate=2023-08-31&birthDate=2024-03-01&household=CHILD, birthDate"
  })
  void integrationGrantRefusesBadFacts(String query, String parameter) {
    badParameter(api.get(RULES + "integration-grant-schedule?" + query, "en"), parameter);
  }

  @Test
  void costCalculationOfTheRuleBooksExample() {
    JsonObject json = ok(api.post(RULES + "cost-calculation", COST_EXAMPLE, "nb"));

    assertThat(json.getJsonNumber("total").longValue()).isEqualTo(348_005);
    assertThat(json.getBoolean("meetsT1Threshold")).isTrue();
    assertThat(json.getBoolean("meetsT2Threshold")).isTrue();
    JsonObject measure = json.getJsonArray("measures").getJsonObject(0);
    assertThat(measure.getJsonNumber("total").longValue()).isEqualTo(348_005);
    JsonObject line = measure.getJsonArray("lines").getJsonObject(0);
    assertThat(List.of("pay", "holidayPay", "pension", "employerContribution", "total"))
        .map(field -> line.getJsonNumber(field).longValue())
        .containsExactly(250_000L, 30_000L, 25_000L, 43_005L, 348_005L);
    JsonObject substitute = measure.getJsonArray("lines").getJsonObject(1);
    assertThat(substitute.getBoolean("covered")).isFalse();
    assertThat(substitute.getJsonNumber("total").longValue()).isZero();
    assertThat(substitute.getString("reason")).contains("R-COST-2");
  }

  @ParameterizedTest(name = "cost-calculation {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"zone":"VI","measures":[]}                                            | zone
          {"measures":[]}                                                        | zone
          {"zone":"I","measures":[]}                                             | measures
          {"zone":"I","measures":[{"name":"A","lines":[{"role":"R","hourlyPay":250,"hours":-1,"timeCategory":"DIRECT_USER_TIME","holidayPayRate":0.12,"pensionRate":0.1}]}]} | measures[0].lines[0].hours
          {"zone":"I","measures":[{"name":"A","lines":[{"role":"R","hourlyPay":250,"hours":1,"timeCategory":"NAP","holidayPayRate":0.12,"pensionRate":0.1}]}]} | measures[0].lines[0].timeCategory
          {"zone":"I","measures":[{"name":"A","lines":[{"role":"R","hourlyPay":"many","hours":1}]}]} | body
          {"zone":                                                               | body
          """)
  void costCalculationRefusesBadInput(String body, String parameter) {
    badParameter(api.post(RULES + "cost-calculation", body, "en"), parameter);
  }

  @Test
  void limitationDateThreeYearsOn() {
    JsonObject json = ok(api.get(RULES + "limitation-date?claimArises=2023-10-13", "nb"));

    assertThat(json.getString("limitationDate")).isEqualTo("2026-10-13");
    assertThat(json.getJsonArray("rules").getString(0)).isEqualTo("R-IG-7");
    badParameter(api.get(RULES + "limitation-date?claimArises=2023-02-29", "en"), "claimArises");
  }

  @Test
  void documentationChecklistOfT2Year4AsksForTheSpecialistHealthService() {
    JsonObject json = ok(api.get(RULES + "documentation-checklist?grantType=T2&grantYear=4", "en"));

    assertThat(json.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")))
        .contains("R-DOC-1", "R-DOC-2", "R-DOC-3", "R-DOC-4");
    assertThat(json.getJsonArray("healthDocumentationMainRule").getJsonObject(0).getString("code"))
        .isEqualTo("SPECIALIST_HEALTH_SERVICE");
    badParameter(
        api.get(RULES + "documentation-checklist?grantType=T3&grantYear=4", "en"), "grantType");
    badParameter(
        api.get(RULES + "documentation-checklist?grantType=T1&grantYear=4", "en"), "grantYear");
  }

  @Test
  void unknownPathsAndMethodsAreProblemsToo() {
    HttpResponse<String> unknown = api.get(RULES + "no-such-rule", "en");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    HttpResponse<String> post = api.post(RULES + "holidays?year=2024", "{}", "en");
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void theOpenApiDocumentListsEveryPath() {
    HttpResponse<String> response = api.getFromRoot("/openapi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "/api/v1/rules/holidays",
            "/api/v1/rules/complaint-deadline",
            "/api/v1/rules/disability-schedule",
            "/api/v1/rules/integration-grant-schedule",
            "/api/v1/rules/cost-calculation",
            "/api/v1/rules/limitation-date",
            "/api/v1/rules/documentation-checklist");
  }
}
