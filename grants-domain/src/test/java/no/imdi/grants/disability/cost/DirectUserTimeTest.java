package no.imdi.grants.disability.cost;

import static no.imdi.grants.disability.cost.Lines.calculate;
import static no.imdi.grants.disability.cost.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;

import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectUserTimeTest {

  @ParameterizedTest(name = "{0}")
  @DisplayName("R-COST-2 substitutes, administration, training and travel count 0 and say why")
  @CsvSource(
      delimiter = '|',
      value = {
        "SUBSTITUTE | Vikarutgifter, 40 t x 250 kr | Substitute cover, 40 h x 250 kr",
        "ADMINISTRATION | Administrativt arbeid, 40 t x 250 kr | Administrative work, 40 h x 250 kr",
        "TRAINING | Opplæring og veiledning, 40 t x 250 kr | Training and supervision, 40 h x 250 kr",
        "TRAVEL | Reisetid, 40 t x 250 kr | Travel time, 40 h x 250 kr"
      })
  void R_COST_2_onlyDirectUserTimeIsCovered(
      TimeCategory category, String norwegian, String english) {
    CostCalculation calculation =
        calculate(
            ContributionZone.I,
            line("250", "1000", "0.12", "0.10"),
            line(category, "250", "40", "0.12", "0.10"));

    LineCost excluded = calculation.measures().get(0).lines().get(1);
    assertThat(category.covered()).isFalse();
    assertThat(excluded.covered()).isFalse();
    assertThat(excluded.pay()).isEqualTo(Nok.ZERO);
    assertThat(excluded.holidayPay()).isEqualTo(Nok.ZERO);
    assertThat(excluded.pension()).isEqualTo(Nok.ZERO);
    assertThat(excluded.employerContribution()).isEqualTo(Nok.ZERO);
    assertThat(excluded.total()).isEqualTo(Nok.ZERO);
    assertThat(excluded.reason().rules()).containsExactly("R-COST-2");
    assertThat(excluded.reason().norwegian())
        .isEqualTo(
            norwegian + ": dekkes ikke, 0 kr (R-COST-2: bare lønn for direkte brukertid dekkes)");
    assertThat(excluded.reason().english())
        .isEqualTo(
            english + ": not covered, 0 kr (R-COST-2: only pay for direct user time is covered)");
    assertThat(calculation.total()).isEqualTo(Nok.kroner(348_005));
  }

  @ParameterizedTest(name = "{0} covered: {1}")
  @DisplayName("R-COST-2 direct user time is the only covered category")
  @CsvSource({
    "DIRECT_USER_TIME, true, 348005",
    "SUBSTITUTE, false, 0",
    "ADMINISTRATION, false, 0",
    "TRAINING, false, 0",
    "TRAVEL, false, 0"
  })
  void R_COST_2_categoryDecidesCoverage(TimeCategory category, boolean covered, long total) {
    CostCalculation calculation =
        calculate(ContributionZone.I, line(category, "250", "1000", "0.12", "0.10"));

    assertThat(category.covered()).isEqualTo(covered);
    assertThat(calculation.measures().get(0).lines().get(0).covered()).isEqualTo(covered);
    assertThat(calculation.total()).isEqualTo(Nok.kroner(total));
  }
}
