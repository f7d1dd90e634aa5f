package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.line;
import static no.imdi.grants.disability.cost.Lines.single;
import static org.assertj.core.api.Assertions.assertThat;

import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocialCostsTest {

  @ParameterizedTest(name = "zone {0}: contribution {1}, total {2}")
  @DisplayName("R-COST-3 the rule book's example in every employer's contribution zone")
  @CsvSource({
    "I, 43005, 348005, '14,1 %'",
    "Ia, 32330, 337330, '10,6 %'",
    "II, 32330, 337330, '10,6 %'",
    "III, 19520, 324520, '6,4 %'",
    "IV, 15555, 320555, '5,1 %'",
    "IVa, 24095, 329095, '7,9 %'",
    "V, 0, 305000, '0 %'"
  })
  void R_COST_3_employersContributionByZone(
      String zone, long contribution, long total, String percent) {
    LineCost cost = single(ContributionZone.parse(zone), line("250", "1000", "0.12", "0.10"));

    assertThat(cost.employerContribution()).isEqualTo(Nok.kroner(contribution));
    assertThat(cost.total()).isEqualTo(Nok.kroner(total));
    assertThat(cost.reason().norwegian())
        .contains(
            "arbeidsgiveravgift sone "
                + zone
                + " "
                + percent
                + " av 305 000 kr = "
                + Nok.kroner(contribution));
  }

  @ParameterizedTest(name = "holiday pay {0}: {1}, total {2}")
  @DisplayName("R-COST-3 holiday pay 10.2 %, 12 % with a fifth week, +2.3 points over 60")
  @CsvSource({
    "0.102, 25500, 342871, '10,2 %'",
    "0.12, 30000, 348005, '12 %'",
    "0.125, 31250, 349431, '12,5 %'",
    "0.143, 35750, 354566, '14,3 %'",
    "0, 0, 313775, '0 %'"
  })
  void R_COST_3_holidayPayRates(String rate, long holidayPay, long total, String percent) {
    LineCost cost = single(ContributionZone.I, line("250", "1000", rate, "0.10"));

    assertThat(cost.holidayPay()).isEqualTo(Nok.kroner(holidayPay));
    assertThat(cost.total()).isEqualTo(Nok.kroner(total));
    assertThat(cost.reason().norwegian())
        .contains("feriepenger " + percent + " = " + Nok.kroner(holidayPay));
  }

  @ParameterizedTest(name = "pension {0}: {1}")
  @DisplayName("R-COST-3 the employer's pension share is pay times the documented percentage")
  @CsvSource({"0, 0, '0 %'", "0.02, 5000, '2 %'", "0.3, 75000, '30 %'"})
  void R_COST_3_pensionShare(String rate, long pension, String percent) {
    LineCost cost = single(ContributionZone.V, line("250", "1000", "0.12", rate));

    assertThat(cost.pension()).isEqualTo(Nok.kroner(pension));
    assertThat(cost.total()).isEqualTo(Nok.kroner(280_000 + pension));
    assertThat(cost.reason().english())
        .contains("pension " + percent + " = " + Nok.kroner(pension));
  }
}
