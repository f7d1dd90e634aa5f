package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.shared.Nok;

/**
 * A stored cost line of a measure (R-COST-7): role, hourly pay, hours, time category (R-COST-2) and
 * the holiday-pay and pension rates (R-COST-3), as the municipality entered them. The amounts are
 * computed by the cost calculation whenever they are needed, never stored.
 */
@Embeddable
public record CostLineEntry(
    @Column(name = "role", nullable = false, length = 255) String role,
    @Column(name = "hourly_pay", nullable = false, precision = 12, scale = 2) BigDecimal hourlyPay,
    @Column(name = "hours", nullable = false, precision = 10, scale = 2) BigDecimal hours,
    @Enumerated(EnumType.STRING) @Column(name = "category", nullable = false, length = 32)
        TimeCategory category,
    @Column(name = "holiday_pay_rate", nullable = false, precision = 6, scale = 4)
        BigDecimal holidayPayRate,
    @Column(name = "pension_rate", nullable = false, precision = 6, scale = 4)
        BigDecimal pensionRate) {

  static CostLineEntry of(CostLine line) {
    return new CostLineEntry(
        line.role().strip(),
        line.hourlyPay().amount(),
        line.hours(),
        line.category(),
        line.holidayPayRate(),
        line.pensionRate());
  }

  public CostLine toCostLine() {
    return new CostLine(role, Nok.of(hourlyPay), hours, category, holidayPayRate, pensionRate);
  }
}
