package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.integrationgrant.Share;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantPayoutTest {

  @ParameterizedTest(name = "decided {0}: paid in the instalment of {1}, {2}")
  @DisplayName("R-PAY-2: paid whole in the first instalment on or after the decision")
  @CsvSource({
    "2026-01-02, 2026-03-31, primo april 2026",
    "2026-03-31, 2026-03-31, primo april 2026",
    "2026-04-01, 2026-06-30, primo juli 2026",
    "2026-09-30, 2026-09-30, primo oktober 2026",
    "2026-10-01, 2026-12-31, medio desember 2026",
    "2026-12-31, 2026-12-31, medio desember 2026"
  })
  void R_PAY_2_wholeAtTheNextInstalment(LocalDate decided, LocalDate basis, String payout) {
    Reasoned<List<Instalment>> paid =
        GrantPayout.afterDecision(
            GrantKind.T2, decided, Nok.kroner(1_520_000), PayoutSetting.DEFAULT);

    assertThat(paid.value()).hasSize(1);
    Instalment only = paid.value().get(0);
    assertThat(only.basisDate()).isEqualTo(basis);
    assertThat(only.payout()).isEqualTo(payout);
    assertThat(only.code()).isEqualTo("FHT2");
    assertThat(only.share()).isEqualTo(Share.WHOLE);
    assertThat(only.amount()).isEqualTo(Nok.kroner(1_520_000));
    assertThat(paid.rules()).containsExactly("R-PAY-1", "R-PAY-2");
  }

  @Test
  @DisplayName(
      "R-PAY-2: the explanation gives amount, instalment, payout and that it is unverified")
  void R_PAY_2_explanation() {
    Reasoned<List<Instalment>> paid =
        GrantPayout.afterDecision(
            GrantKind.T1, LocalDate.of(2026, 5, 4), Nok.kroner(196_400), PayoutSetting.DEFAULT);

    assertThat(paid.value().get(0).code()).isEqualTo("FHT1");
    assertThat(paid.explanation().norwegian())
        .isEqualTo(
            "Utbetales samlet med 196 400 kr i terminen per 30.06.2026 (utbetaling primo juli 2026),"
                + " første termin etter vedtaket 04.05.2026 (R-PAY-1, R-PAY-2; regelen er ikke"
                + " verifisert).");
  }

  @Test
  @DisplayName("R-PAY-1: switched to quarters, the next four instalments add up to the grant")
  void R_PAY_1_quartersOverTheNextFourInstalments() {
    Reasoned<List<Instalment>> paid =
        GrantPayout.afterDecision(
            GrantKind.T2,
            LocalDate.of(2026, 11, 2),
            Nok.of(new java.math.BigDecimal("1000.01")),
            PayoutSetting.QUARTERS);

    assertThat(paid.value())
        .extracting(Instalment::basisDate)
        .containsExactly(
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 6, 30),
            LocalDate.of(2027, 9, 30));
    assertThat(paid.value())
        .extracting(Instalment::amount)
        .containsExactly(
            Nok.of(new java.math.BigDecimal("250.00")),
            Nok.of(new java.math.BigDecimal("250.00")),
            Nok.of(new java.math.BigDecimal("250.00")),
            Nok.of(new java.math.BigDecimal("250.01")));
    assertThat(paid.value()).allMatch(line -> line.share() == Share.QUARTER);
  }
}
