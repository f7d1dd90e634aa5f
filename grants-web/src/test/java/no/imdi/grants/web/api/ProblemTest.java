package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aBadParameterIsAnRfc9457ProblemNamingTheParameter() {
    JsonObject json =
        parse(
            Problem.badParameter(Locale.ENGLISH, "noticeReceived", "api.date", "2023-02-30")
                .toJson());

    assertThat(json.getString("type")).isEqualTo(Problem.PARAMETER_TYPE);
    assertThat(json.getString("title")).isEqualTo("Invalid parameter");
    assertThat(json.getInt("status")).isEqualTo(400);
    assertThat(json.getString("detail")).contains("2023-02-30", "YYYY-MM-DD");
    assertThat(json.getString("parameter")).isEqualTo("noticeReceived");
  }

  @Test
  void theRulesFirstProblemNamesTheField() {
    InvalidInputException e =
        new InvalidInputException(
            List.of(
                FieldProblem.of("birthDate", "rules.birthDate.afterSettlement"),
                FieldProblem.of("household", "required")));

    Problem problem = InvalidInputMapper.problem(e, ApiTexts.BOKMAL);

    assertThat(problem.parameter()).isEqualTo("birthDate");
    assertThat(problem.detail()).isEqualTo("Fødselsdatoen kan ikke være etter bosettingsdatoen.");
  }

  @Test
  void aStatusProblemHasNoParameterAndAboutBlankType() {
    JsonObject json = parse(Problem.ofStatus(Locale.ENGLISH, 404, "Not Found").toJson());

    assertThat(json.getString("type")).isEqualTo("about:blank");
    assertThat(json.getString("title")).isEqualTo("Not Found");
    assertThat(json.getInt("status")).isEqualTo(404);
    assertThat(json.containsKey("parameter")).isFalse();
    assertThat(Problem.ofStatus(Locale.ENGLISH, 409, "Conflict").detail()).isEqualTo("Conflict");
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
