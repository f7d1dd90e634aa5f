package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cost calculation body as the API's JSON-B implementation reads it. */
class CostCalculationRequestTest {

  private static final Jsonb JSONB = JsonbConfigResolver.create();
  private static final String LINE =
      "{\"role\":\"R\",\"hourlyPay\":250,\"hours\":1,\"timeCategory\":\"DIRECT_USER_TIME\","
          + "\"holidayPayRate\":0.12,\"pensionRate\":0.1}";

  @Test
  void readsMeasuresAndLinesWithNullsKeptInTheirPlace() {
    CostCalculationRequest request =
        JSONB.fromJson(
            "{\"zone\":\"I\",\"measures\":[{\"name\":\"A\",\"lines\":[" + LINE + ",null]},null]}",
            CostCalculationRequest.class);

    assertThat(request.measures).hasSize(2);
    assertThat(request.measures.get(0).lines).hasSize(2);
    assertThat(request.measures.get(0).lines.get(0).hours).isEqualByComparingTo("1");
    assertThat(request.measures.get(0).lines.get(1)).isNull();
    assertThat(request.measures.get(1)).isNull();
    assertThat(JSONB.fromJson("{\"zone\":\"I\"}", CostCalculationRequest.class).measures).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"x\"", "123", "true", "[]", "\"\\u0000\""})
  void anElementThatIsNotAnObjectIsRefusedNotSkipped(String element) {
    String line =
        "{\"zone\":\"I\",\"measures\":[{\"name\":\"A\",\"lines\":[" + element + "," + LINE + "]}]}";
    String measure =
        "{\"zone\":\"I\",\"measures\":[" + element + ",{\"name\":\"A\",\"lines\":[]}]}";

    assertThatThrownBy(() -> JSONB.fromJson(line, CostCalculationRequest.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> JSONB.fromJson(measure, CostCalculationRequest.class))
        .isInstanceOf(JsonbException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"x\"", "123", "{}"})
  void aListThatIsNotAnArrayIsRefused(String value) {
    assertThatThrownBy(
            () ->
                JSONB.fromJson(
                    "{\"zone\":\"I\",\"measures\":" + value + "}", CostCalculationRequest.class))
        .isInstanceOf(JsonbException.class);
  }
}
