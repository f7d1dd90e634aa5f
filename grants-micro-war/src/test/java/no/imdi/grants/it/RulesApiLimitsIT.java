package no.imdi.grants.it;

import static no.imdi.grants.it.ApiClient.badParameter;
import static no.imdi.grants.it.ApiClient.ok;
import static no.imdi.grants.it.HostileInput.body;
import static no.imdi.grants.it.HostileInput.measures;
import static no.imdi.grants.it.HostileInput.padded;
import static no.imdi.grants.it.HostileInput.query;
import static no.imdi.grants.it.HostileInput.shortened;
import static no.imdi.grants.it.RulesApiIT.COST_EXAMPLE;
import static no.imdi.grants.it.RulesApiIT.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules API's limits, end to end over HTTP: hostile values of every parameter and body field
 * are answered 400 with an RFC 9457 problem naming them (never 500), every number is calculated in
 * its documented range and refused just outside it, the ranges are in the OpenAPI document, and a
 * body is limited to 64 KiB, also when chunked.
 */
class RulesApiLimitsIT {

  private final ApiClient api = new ApiClient();

  @ParameterizedTest(name = "{0}?{1}=<hostile>")
  @MethodSource("no.imdi.grants.it.HostileInput#everyQueryParameter")
  void aHostileValueOfAnyParameterIsA400NamingItNeverA500(String endpoint, String parameter) {
    SoftAssertions softly = new SoftAssertions();
    for (String value : HostileInput.QUERY_VALUES) {
      HttpResponse<String> response = api.get(RULES + query(endpoint, parameter, value), "en");
      softly
          .assertThat(response.statusCode())
          .as("%s=%s: %s", parameter, shortened(value), response.body())
          .isEqualTo(400);
      if (response.statusCode() == 400) {
        JsonObject problem = ApiClient.parse(response.body());
        softly.assertThat(problem.getString("parameter")).as(shortened(value)).isEqualTo(parameter);
        softly.assertThat(problem.getString("detail")).hasSizeLessThan(300);
      }
    }
    for (String value : HostileInput.EDGE_VALUES) {
      HttpResponse<String> response = api.get(RULES + query(endpoint, parameter, value), "nb");
      softly
          .assertThat(response.statusCode())
          .as("%s=%s: %s", parameter, value, response.body())
          .isIn(200, 400);
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "cost-calculation {0} = <hostile>")
  @MethodSource("no.imdi.grants.it.HostileInput#bodyFields")
  void aHostileValueOfAnyBodyFieldIsA400(String field) {
    SoftAssertions softly = new SoftAssertions();
    List<String> values = new ArrayList<>(HostileInput.JSON_VALUES);
    if (HostileInput.isNumberField(field)) {
      values.addAll(HostileInput.NUMBERS);
    }
    for (String value : values) {
      HttpResponse<String> response =
          api.post(RULES + "cost-calculation", body(COST_EXAMPLE, field, value), "en");
      String as = field + "=" + shortened(value) + ": " + response.body();
      if (HostileInput.isFreeText(field) && !HostileInput.isTooLongForAnyField(value)) {
        softly.assertThat(response.statusCode()).as(as).isIn(200, 400);
      } else {
        softly.assertThat(response.statusCode()).as(as).isEqualTo(400);
      }
      if (response.statusCode() == 400) {
        String named = ApiClient.parse(response.body()).getString("parameter");
        if (HostileInput.NUMBERS.contains(value)) {
          softly.assertThat(named).as(as).isEqualTo(field);
        } else {
          softly
              .assertThat(named)
              .as(as)
              .satisfiesAnyOf(
                  n -> assertThat(n).startsWith(field), n -> assertThat(n).isEqualTo("body"));
        }
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "hourlyPay, 10000.01",
    "hourlyPay, 250.001",
    "hours, 8784.01",
    "hours, 37.125",
    "holidayPayRate, 0.2001",
    "holidayPayRate, 12",
    "pensionRate, 0.3001",
    "pensionRate, 0.00001"
  })
  void aNumberJustOutsideItsRangeIsA400NamingIt(String field, String value) {
    String path = "measures[0].lines[0]." + field;

    JsonObject problem =
        badParameter(
            api.post(RULES + "cost-calculation", body(COST_EXAMPLE, path, value), "nb"), path);
    assertThat(problem.getString("detail")).startsWith("Verdien");
  }

  @Test
  void theLargestNumbersAreCalculated() {
    String body =
        COST_EXAMPLE
            .replace("\"hourlyPay\":250,\"hours\":1000", "\"hourlyPay\":10000,\"hours\":8784")
            .replace(
                "\"holidayPayRate\":0.12,\"pensionRate\":0.10",
                "\"holidayPayRate\":0.2,\"pensionRate\":0.3");

    JsonObject json = ok(api.post(RULES + "cost-calculation", body, "en"));

    // 10 000 x 8 784 = 87 840 000; + 20 % + 30 %; + 14.1 % of 131 760 000 (R-COST-7)
    assertThat(json.getJsonNumber("total").longValue()).isEqualTo(150_338_160L);
  }

  @Test
  void atMostFiftyMeasuresOfAHundredLines() {
    String line =
        "{\"role\":\"R\",\"hourlyPay\":250,\"hours\":1,\"timeCategory\":\"DIRECT_USER_TIME\","
            + "\"holidayPayRate\":0.12,\"pensionRate\":0.1}";
    String measure = "{\"name\":\"A\",\"lines\":[" + line + "]}";
    String longest =
        "{\"name\":\"A\",\"lines\":[" + String.join(",", Collections.nCopies(100, line)) + "]}";

    badParameter(api.post(RULES + "cost-calculation", measures(51, measure), "en"), "measures");
    badParameter(
        api.post(
            RULES + "cost-calculation",
            measures(1, longest.replace("]}", "," + line + "]}")),
            "en"),
        "measures[0].lines");
    JsonObject most = ok(api.post(RULES + "cost-calculation", measures(50, measure), "en"));
    assertThat(most.getJsonArray("measures")).hasSize(50);
    ok(api.post(RULES + "cost-calculation", measures(1, longest), "en"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "documentation-checklist?grantType=T2&grantYear=0, grantYear",
    "documentation-checklist?grantType=T2&grantYear=11, grantYear",
    "holidays?year=1899, year",
    "complaint-deadline?noticeReceived=1899-12-31, noticeReceived",
    "limitation-date?claimArises=2200-01-01, claimArises",
    "disability-schedule?settlementDate=2200-01-01, settlementDate",
    "integration-grant-schedule?settlementDate=2023-10-13&birthDate=1899-12-31&household=CHILD,"
        + " birthDate"
  })
  void aWholeNumberOrDateJustOutsideItsRangeIsA400NamingIt(String query, String parameter) {
    badParameter(api.get(RULES + query, "en"), parameter);
  }

  @Test
  void theRangesAreInTheOpenApiDocument() {
    JsonObject openApi = ApiClient.parse(api.getFromRoot("/openapi", "application/json").body());
    JsonObject line = at(openApi, "components", "schemas", "CostLineInput", "properties");

    assertThat(List.of("hourlyPay", "hours", "holidayPayRate", "pensionRate"))
        .map(field -> line.getJsonObject(field).getJsonNumber("maximum").toString())
        .containsExactly("10000", "8784", "0.2", "0.3");
    assertThat(
            at(openApi, "components", "schemas", "CostCalculationRequest", "properties", "measures")
                .getInt("maxItems"))
        .isEqualTo(50);
    assertThat(
            at(openApi, "components", "schemas", "MeasureInput", "properties", "lines")
                .getInt("maxItems"))
        .isEqualTo(100);
    assertThat(
            at(parameter(openApi, "documentation-checklist", "grantYear"), "schema")
                .getInt("maximum"))
        .isEqualTo(10);
    assertThat(parameter(openApi, "holidays", "year").getJsonObject("schema").getInt("minimum"))
        .isEqualTo(1900);
    assertThat(parameter(openApi, "complaint-deadline", "noticeReceived").getString("description"))
        .contains("1900-01-01 to 2199-12-31");
  }

  @Test
  void theCpuBurningBodyOf166BytesIsA400AtOnce() {
    String body =
        "{\"zone\":\"I\",\"measures\":[{\"name\":\"A\",\"lines\":[{\"role\":\"R\",\"hourlyPay\":1e9999999,"
            + "\"hours\":1e999,\"timeCategory\":\"DIRECT_USER_TIME\",\"holidayPayRate\":0,"
            + "\"pensionRate\":0}]}]}";
    assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(166);

    long start = System.nanoTime();
    HttpResponse<String> response = api.post(RULES + "cost-calculation", body, "en");
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    badParameter(response, "measures[0].lines[0].hourlyPay");
    assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aBodyOverTheLimitIs413AlsoWhenChunked() {
    byte[] atLimit = padded(COST_EXAMPLE, 64 * 1024);
    byte[] overLimit = padded(COST_EXAMPLE, 64 * 1024 + 1);

    ok(api.post(RULES + "cost-calculation", new String(atLimit, StandardCharsets.UTF_8), "en"));
    ok(api.postBytes(RULES + "cost-calculation", atLimit, true, "en"));
    tooLarge(api.postBytes(RULES + "cost-calculation", overLimit, false, "en"));
    tooLarge(api.postBytes(RULES + "cost-calculation", overLimit, true, "en"));
    tooLarge(api.postBytes(RULES + "cost-calculation", padded(COST_EXAMPLE, 1 << 20), false, "nb"));
  }

  @Test
  void jerseysWadlIsNotServed() {
    HttpResponse<String> wadl = api.get("api/application.wadl", "en");
    HttpResponse<String> options = api.options(RULES + "holidays");

    // 404 from Jersey; 403 where web.xml refuses the path as well
    assertThat(wadl.statusCode()).isIn(403, 404);
    assertThat(wadl.body()).doesNotContain("wadl.dev.java.net");
    assertThat(options.body()).doesNotContain("wadl.dev.java.net", "Jersey");
  }

  @Test
  void aMalformedAcceptLanguageIsIgnored() {
    HttpResponse<String> holidays = api.get(RULES + "holidays?year=2024", "en;q=abc");
    assertThat(holidays.statusCode()).isEqualTo(200);
    assertThat(holidays.headers().firstValue("Content-Language")).hasValue("nb");

    badParameter(api.get(RULES + "holidays?year=abc", ";;;,="), "year");
  }

  @Test
  void theCalculatorPageStillNeedsALogin() {
    HttpResponse<String> page = api.get("app/calculator.xhtml", null);

    assertThat(page.body()).doesNotContain("calculatorForm");
  }

  private static void tooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(ApiClient.parse(response.body()).getString("detail")).contains("64 KiB");
  }

  private static JsonObject at(JsonObject json, String... names) {
    JsonObject object = json;
    for (String name : names) {
      object = object.getJsonObject(name);
    }
    return object;
  }

  private static JsonObject parameter(JsonObject openApi, String rule, String name) {
    return at(openApi, "paths", "/api/v1/rules/" + rule, "get")
        .getJsonArray("parameters")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
