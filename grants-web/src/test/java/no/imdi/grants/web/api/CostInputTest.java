package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.TimeCategory;
import org.junit.jupiter.api.Test;

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
