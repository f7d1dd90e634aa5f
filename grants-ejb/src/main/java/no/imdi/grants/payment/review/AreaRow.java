package no.imdi.grants.payment.review;

/**
 * One row of a run's totals (R-PAY-3): a municipality (key its number, with its county's name), a
 * county (key its number) or a payment group (key its name), the run's net in øre and the previous
 * instalment's approved or paid net.
 */
public record AreaRow(String key, String name, String county, long netOre, long previousNetOre) {

  public long changeOre() {
    return netOre - previousNetOre;
  }
}
