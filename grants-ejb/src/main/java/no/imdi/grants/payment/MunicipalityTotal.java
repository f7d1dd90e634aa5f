package no.imdi.grants.payment;

import java.util.Map;

/**
 * A run's totals for one municipality (or one county, or one payment group): the net in øre, the
 * amount per group, and the net of the previous instalment's approved or paid runs, so the review
 * page can show the change.
 */
public record MunicipalityTotal(
    String number,
    String name,
    String countyNumber,
    String countyName,
    long netOre,
    Map<PaymentGroup, Long> groupOre,
    long previousNetOre) {

  public MunicipalityTotal {
    groupOre = Map.copyOf(groupOre);
  }

  public long changeOre() {
    return netOre - previousNetOre;
  }
}
