package no.imdi.grants.disability.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.ReasonTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the cost calculation's figures read in its reasons, in bokmål and English (R-COST-3). */
class CostFiguresTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @DisplayName("R-COST-3 amounts in a calculation are written to the øre without rounding kroner")
  @CsvSource({
    "1194.93, '1 194,93 kr'",
    "42370.50, '42 370,50 kr'",
    "0.50, '0,50 kr'",
    "0.05, '0,05 kr'",
    "-1194.93, '-1 194,93 kr'",
    "1000000.99, '1 000 000,99 kr'",
    "348005, 348 005 kr",
    "348005.00, 348 005 kr",
    "0, 0 kr"
  })
  void R_COST_3_amountsKeepTheirOre(String amount, String text) {
    Nok nok = Nok.of(new BigDecimal(amount));
    assertThat(ReasonTexts.value(nok, ReasonTexts.BOKMAL)).isEqualTo(text);
    assertThat(ReasonTexts.value(nok, Locale.ENGLISH)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @DisplayName("R-COST-3 hours and rates are written without trailing zeros")
  @CsvSource({
    "1000, 1 000, 1 000",
    "37.50, '37,5', 37.5",
    "1250.25, '1 250,25', 1 250.25",
    "0, 0, 0",
    "1E+3, 1 000, 1 000"
  })
  void R_COST_3_numbers(String value, String norwegian, String english) {
    assertThat(ReasonTexts.value(new BigDecimal(value), ReasonTexts.BOKMAL)).isEqualTo(norwegian);
    assertThat(ReasonTexts.value(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(english);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @DisplayName("R-COST-3 rates are written as percentages")
  @CsvSource({
    "0.141, '14,1', 14.1",
    "0.102, '10,2', 10.2",
    "0.12, 12, 12",
    "0.120, 12, 12",
    "0, 0, 0"
  })
  void R_COST_3_percentages(String rate, String norwegian, String english) {
    ReasonArgs.Percent percent = ReasonArgs.percent(new BigDecimal(rate));
    assertThat(ReasonTexts.value(percent, ReasonTexts.BOKMAL)).isEqualTo(norwegian);
    assertThat(ReasonTexts.value(percent, Locale.ENGLISH)).isEqualTo(english);
  }
}
