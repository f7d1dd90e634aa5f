package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import no.imdi.grants.shared.Nok;

/**
 * A measure a decision grants, with its eligible costs as calculated when the decision was prepared
 * (R-COST-7), kept with the decision so that the letter and the payment say what was decided even
 * if a rate or a rule changes later.
 */
@Embeddable
public record GrantedMeasure(
    @Column(name = "measure_position", nullable = false, updatable = false) int position,
    @Column(name = "name", nullable = false, updatable = false, length = 255) String name,
    @Column(name = "eligible_costs", nullable = false, updatable = false, precision = 14, scale = 2)
        BigDecimal eligibleCosts) {

  public Nok costs() {
    return Nok.of(eligibleCosts);
  }
}
