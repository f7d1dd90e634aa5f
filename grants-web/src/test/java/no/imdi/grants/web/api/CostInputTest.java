package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.TimeCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CostInputTest {

  @Test
  void readsZoneAndLinesAsSent() {
    CostCalculationRequest request = request("Ia", "TRAVEL");

    assertThat(CostInput.zone(request)).isEqualTo(ContributionZone.IA);
    List<Measure> measures = CostInput.measures(request);
    assertThat(measures.get(0).lines().get(0).category()).isEqualTo(TimeCategory.TRAVEL);
    assertThat(measures.get(0).lines().get(0).hourlyPay().wholeKroner()).isEqualTo(250);
  }

  @Test
  void anUnknownZoneNamesTheZone() {
    assertThatThrownBy(() -> CostInput.zone(request("VI", "TRAVEL")))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("zone");
              assertThat(e.arguments()).containsExactly("VI", "I, Ia, II, III, IV, IVa, V");
            });
  }

  @Test
  void anUnknownTimeCategoryNamesTheLineByItsPlace() {
    CostCalculationRequest request = request("I", "DIRECT_USER_TIME");
    request.measures.get(0).lines.add(line("COFFEE"));

    assertThatThrownBy(() -> CostInput.measures(request))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> assertThat(e.parameter()).isEqualTo("measures[0].lines[1].timeCategory"));
  }

  @Test
  void noBodyIsAMissingBody() {
    assertThatThrownBy(() -> CostInput.zone(null))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("body"));
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource({
    "hours, 8784.01, api.range",
    "hours, -0.01, api.range",
    "hours, 1e9999999, api.range",
    "hours, -1e9999999, api.range",
    "hours, 37.125, api.decimals",
    "hours, 1e-9999999, api.decimals",
    "hourlyPay, 10000.01, api.range",
    "hourlyPay, -1, api.range",
    "hourlyPay, 1e400, api.range",
    "hourlyPay, 250.001, api.decimals",
    "holidayPayRate, 0.21, api.range",
    "holidayPayRate, 12, api.range",
    "holidayPayRate, 0.12345, api.decimals",
    "pensionRate, 0.31, api.range",
    "pensionRate, -0.1, api.range"
  })
  @Timeout(10)
  void aNumberOutsideItsRangeNamesTheFieldBeforeAnyArithmetic(
      String field, String value, String key) {
    CostCalculationRequest request = request("I", "DIRECT_USER_TIME");
    set(request.measures.get(0).lines.get(0), field, new BigDecimal(value));

    assertThatThrownBy(() -> CostInput.measures(request))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("measures[0].lines[0]." + field);
              assertThat(e.messageKey()).isEqualTo(key);
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hourlyPay", "hours", "holidayPayRate", "pensionRate"})
  void aMissingNumberNamesTheField(String field) {
    CostCalculationRequest request = request("I", "DIRECT_USER_TIME");
    set(request.measures.get(0).lines.get(0), field, null);

    assertThatThrownBy(() -> CostInput.measures(request))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("measures[0].lines[0]." + field);
              assertThat(e.messageKey()).isEqualTo("required");
            });
  }

  @Test
  void theLargestNumbersAreAccepted() {
    CostCalculationRequest request = request("I", "DIRECT_USER_TIME");
    CostCalculationRequest.LineInput line = request.measures.get(0).lines.get(0);
    line.hourlyPay = new BigDecimal("10000.00");
    line.hours = new BigDecimal("8784");
    line.holidayPayRate = new BigDecimal("0.2");
    line.pensionRate = new BigDecimal("0.3000");

    assertThat(CostInput.measures(request).get(0).lines().get(0).hours())
        .isEqualByComparingTo("8784");
  }

  @Test
  void atMostFiftyMeasuresOfAHundredLines() {
    CostCalculationRequest request = request("I", "DIRECT_USER_TIME");
    request.measures = Collections.nCopies(51, request.measures.get(0));
    assertThatThrownBy(() -> CostInput.measures(request))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("measures");
              assertThat(e.messageKey()).isEqualTo("api.tooMany");
              assertThat(e.arguments()).containsExactly("50");
            });

    CostCalculationRequest lines = request("I", "DIRECT_USER_TIME");
    lines.measures.get(0).lines = Collections.nCopies(101, line("DIRECT_USER_TIME"));
    assertThatThrownBy(() -> CostInput.measures(lines))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> assertThat(e.parameter()).isEqualTo("measures[0].lines"));

    CostCalculationRequest most = request("I", "DIRECT_USER_TIME");
    most.measures.get(0).lines = Collections.nCopies(100, line("DIRECT_USER_TIME"));
    most.measures = Collections.nCopies(50, most.measures.get(0));
    assertThat(CostInput.measures(most)).hasSize(50);
  }

  @Test
  void namesAndRolesHaveAtMost200Characters() {
    CostCalculationRequest request = request("I", "DIRECT_USER_TIME");
    request.measures.get(0).lines.get(0).role = "x".repeat(201);
    assertThatThrownBy(() -> CostInput.measures(request))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("measures[0].lines[0].role");
              assertThat(e.messageKey()).isEqualTo("tooLong");
            });

    CostCalculationRequest named = request("I", "DIRECT_USER_TIME");
    named.measures.get(0).name = "ø".repeat(201);
    assertThatThrownBy(() -> CostInput.measures(named))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> assertThat(e.parameter()).isEqualTo("measures[0].name"));
  }

  private static void set(CostCalculationRequest.LineInput line, String field, BigDecimal value) {
    switch (field) {
      case "hours" -> line.hours = value;
      case "hourlyPay" -> line.hourlyPay = value;
      case "holidayPayRate" -> line.holidayPayRate = value;
      case "pensionRate" -> line.pensionRate = value;
      default -> throw new IllegalArgumentException(field);
    }
  }

  private static CostCalculationRequest request(String zone, String category) {
    CostCalculationRequest request = new CostCalculationRequest();
    request.zone = zone;
    CostCalculationRequest.MeasureInput measure = new CostCalculationRequest.MeasureInput();
    measure.name = "Bolig";
    measure.lines = new ArrayList<>(List.of(line(category)));
    request.measures = List.of(measure);
    return request;
  }

  private static CostCalculationRequest.LineInput line(String category) {
    CostCalculationRequest.LineInput line = new CostCalculationRequest.LineInput();
    line.role = "Miljøarbeider";
    line.hourlyPay = new BigDecimal("250");
    line.hours = new BigDecimal("1000");
    line.timeCategory = category;
    line.holidayPayRate = new BigDecimal("0.12");
    line.pensionRate = new BigDecimal("0.10");
    return line;
  }
}
