package no.imdi.grants.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the rules API is fuzzed with: every GET endpoint with a valid value of each parameter it
 * reads, the body fields of a cost calculation, and values that no parameter accepts (long, NUL,
 * unicode, overflowing dates and numbers, negative, out of range), with builders that put one such
 * value in one place of an otherwise valid request.
 */
final class HostileInput {

  /** Each GET endpoint with a valid value of each parameter it reads (null: left out). */
  static final Map<String, Map<String, String>> VALID_QUERIES =
      Map.of(
          "holidays",
          ordered("year", "2024"),
          "complaint-deadline",
          ordered("noticeReceived", "2024-09-03"),
          "limitation-date",
          ordered("claimArises", "2023-10-13"),
          "disability-schedule",
          ordered(
              "settlementDate", "2023-10-13",
              "motherSettlementDate", null,
              "birthDate", "1990-05-01",
              "unaccompaniedMinor", "false",
              "udiHousing", "NONE",
              "childNeedsConfirmedByUdi", "false"),
          "integration-grant-schedule",
          ordered(
              "settlementDate", "2023-10-13",
              "birthDate", "1990-05-01",
              "household", "SINGLE_ADULT",
              "unaccompaniedMinor", "false",
              "familyOfHumanitarian", "false",
              "motherSettlementDate", null),
          "documentation-checklist",
          ordered(
              "grantType", "T2",
              "grantYear", "4",
              "pedagogicalMeasures", "true",
              "servicesNeedingIndividualDecision", "false",
              "newHealthInformation", "true",
              "t2GrantedOnSpecialistAssessment", "false",
              "impairmentNotLastingOrTentative", "false"));

  /** Values no parameter accepts, whether a date, a whole number, true/false or an enum name. */
  static final List<String> QUERY_VALUES =
      List.of(
          "x".repeat(2_000),
          "\u0000",
          "2024-09-03\u0000",
          "\uD83D\uDE00\u202E\u00C6",
          "99999-01-01",
          "+1000000000-01-01",
          "+999999999-12-31",
          "-999999999-01-01",
          "1899-12-31",
          "2200-01-01",
          "1e400",
          "NaN",
          "-1",
          "99999999999999999999");

  /** Values that some parameters accept: the answer may be 200 or 400, never anything else. */
  static final List<String> EDGE_VALUES =
      List.of(" ", "1900-01-01", "2199-12-31", "1", "10", "0", "TRUE", "T1", "CHILD");

  /** Every field of a cost calculation body, by the place a problem names it. */
  static final List<String> BODY_FIELDS =
      List.of(
          "zone",
          "measures",
          "measures[0]",
          "measures[0].name",
          "measures[0].lines",
          "measures[0].lines[0]",
          "measures[0].lines[0].role",
          "measures[0].lines[0].hourlyPay",
          "measures[0].lines[0].hours",
          "measures[0].lines[0].timeCategory",
          "measures[0].lines[0].holidayPayRate",
          "measures[0].lines[0].pensionRate");

  /** JSON numbers outside the range of every number field of a cost line (CostLimits). */
  static final List<String> NUMBERS =
      List.of(
          "1e400",
          "-1e400",
          "1e9999999",
          "-1e9999999",
          "1e-9999999",
          "-1",
          "-0.01",
          "99999999999999999999999",
          "0.000000000000000000001");

  /** A JSON string longer than any text field takes (CostLimits: 200 characters). */
  private static final String TOO_LONG = "\"" + "x".repeat(3_000) + "\"";

  /** JSON values of the wrong kind, size or depth for any field. */
  static final List<String> JSON_VALUES =
      List.of(
          "\"NaN\"",
          "\"Infinity\"",
          "\"\\u0000\"",
          TOO_LONG,
          "\"\uD83D\uDE00\u202E\"",
          "null",
          "true",
          "[]",
          "{}",
          "[".repeat(20_000) + "]".repeat(20_000),
          "1" + "0".repeat(5_000),
          "1e99999999999");

  private HostileInput() {}

  static Stream<Arguments> everyQueryParameter() {
    return VALID_QUERIES.entrySet().stream()
        .flatMap(e -> e.getValue().keySet().stream().map(p -> Arguments.of(e.getKey(), p)));
  }

  static Stream<String> bodyFields() {
    return BODY_FIELDS.stream();
  }

  /** A measure's name or a line's role: any text of up to 200 characters will do. */
  static boolean isFreeText(String field) {
    return field.endsWith(".name") || field.endsWith(".role");
  }

  static boolean isTooLongForAnyField(String value) {
    return TOO_LONG.equals(value);
  }

  static boolean isNumberField(String field) {
    return Stream.of("hourlyPay", "hours", "holidayPayRate", "pensionRate")
        .anyMatch(number -> field.endsWith("." + number));
  }

  /** The endpoint's valid query with one parameter set to the value, URL-encoded. */
  static String query(String endpoint, String parameter, String value) {
    Map<String, String> values = new LinkedHashMap<>(VALID_QUERIES.get(endpoint));
    values.put(parameter, value);
    return endpoint
        + "?"
        + values.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  /** The JSON body with the field at its place ({@code measures[0].name}) set to a raw value. */
  static String body(String json, String field, String value) {
    String pointer = "/" + field.replace("[", "/").replace("]", "").replace('.', '/');
    JsonObject valid = ApiClient.parse(json);
    JsonStructure marked = Json.createPointer(pointer).replace(valid, Json.createValue("@value@"));
    return marked.toString().replace("\"@value@\"", value);
  }

  /** A cost calculation body of {@code count} copies of the measure. */
  static String measures(int count, String measure) {
    return "{\"zone\":\"I\",\"measures\":["
        + String.join(",", Collections.nCopies(count, measure))
        + "]}";
  }

  /** The JSON followed by spaces to exactly {@code size} bytes. */
  static byte[] padded(String json, int size) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(body, size);
    Arrays.fill(padded, body.length, size, (byte) ' ');
    return padded;
  }

  static String shortened(String value) {
    return value.length() > 30 ? value.substring(0, 30) + "..." : value;
  }

  private static Map<String, String> ordered(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
