package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.imdi.grants.settlement.UdiHousing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettlementFactsTest {

  private static final LocalDate SETTLED = LocalDate.of(2023, 10, 13);

  @Test
  @DisplayName("Defaults: in the scheme, by agreement, not reunified, no UDI housing, not assessed")
  void defaults() {
    SettlementFacts facts = SettlementFacts.settledOn(SETTLED).build();

    assertThat(facts.withinIntegrationGrantScheme()).isTrue();
    assertThat(facts.settledByAgreement()).isTrue();
    assertThat(facts.familyReunified()).isFalse();
    assertThat(facts.udiHousing()).isEqualTo(UdiHousing.NONE);
    assertThat(facts.impairment()).isEqualTo(ImpairmentAssessment.NOT_ASSESSED);
    assertThat(facts.referenceDate()).isEqualTo(ReferenceDate.settlement(SETTLED));
  }

  @Test
  @DisplayName("R-DL-4: a child born after the mother's settlement counts from the birth")
  void childCountsFromBirth() {
    SettlementFacts facts = SettlementFacts.childBornOn(LocalDate.of(2024, 2, 1), SETTLED).build();

    assertThat(facts.referenceDate()).isEqualTo(ReferenceDate.childBirth(LocalDate.of(2024, 2, 1)));
  }

  @Test
  @DisplayName("Either the settlement date or the mother's settlement date, not both or neither")
  void eitherSettlementDate() {
    assertThatThrownBy(() -> SettlementFacts.settledOn(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either the settlement date");
    assertThatThrownBy(
            () ->
                new SettlementFacts(
                    SETTLED, SETTLED, SETTLED, false, null, false, true, true, false, false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
  }

  @Test
  @DisplayName("A child born before the mother's settlement is settled on its own date")
  void childBornBeforeMother() {
    assertThatThrownBy(
            () -> SettlementFacts.childBornOn(LocalDate.of(2023, 10, 12), SETTLED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the mother's settlement");
  }

  @Test
  @DisplayName("Born after the settlement date is invalid")
  void bornAfterSettlement() {
    assertThatThrownBy(
            () -> SettlementFacts.settledOn(SETTLED).bornOn(LocalDate.of(2023, 10, 14)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the settlement date");
  }

  @Test
  @DisplayName("R-T2-2 and R-T2-4 need the birth date")
  void birthDateNeeded() {
    assertThatThrownBy(() -> SettlementFacts.settledOn(SETTLED).unaccompaniedMinor(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("birth date");
    assertThatThrownBy(
            () -> SettlementFacts.settledOn(SETTLED).childNeedsConfirmedByUdi(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("birth date");
  }
}
