package no.imdi.grants.disability.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContributionZoneTest {

  @ParameterizedTest(name = "zone {0} = {2}")
  @DisplayName("R-COST-3 each zone has the rule book's employer's contribution rate")
  @CsvSource({
    "I, I, 0.141",
    "Ia, IA, 0.106",
    "II, II, 0.106",
    "III, III, 0.064",
    "IV, IV, 0.051",
    "IVa, IVA, 0.079",
    "V, V, 0"
  })
  void R_COST_3_zoneRatesAreTheRuleBooks(String code, ContributionZone zone, String rate) {
    assertThat(ContributionZone.parse(code)).isEqualTo(zone);
    assertThat(zone.code()).isEqualTo(code);
    assertThat(zone.rate()).isEqualByComparingTo(new BigDecimal(rate));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @DisplayName("R-COST-3 zone names are read without regard to case or surrounding spaces")
  @CsvSource({"i, I", "ia, IA", "IA, IA", "iVa, IVA", "ivA, IVA", "' v ', V", "iii, III"})
  void R_COST_3_parsingIgnoresCase(String text, ContributionZone zone) {
    assertThat(ContributionZone.parse(text)).isEqualTo(zone);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("R-COST-3 an unknown zone is rejected, naming the value")
  @ValueSource(strings = {"VI", "Ib", "1", "IIa", "sone I"})
  void R_COST_3_unknownZoneIsRejected(String text) {
    assertThatThrownBy(() -> ContributionZone.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("I, Ia, II, III, IV, IVa, V");
  }

  @ParameterizedTest
  @DisplayName("R-COST-3 a missing zone name is rejected")
  @NullAndEmptySource
  void R_COST_3_missingZoneIsRejected(String text) {
    assertThatThrownBy(() -> ContributionZone.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arbeidsgiveravgiftssone");
  }
}
