package no.imdi.grants.payment.review;

/**
 * A run's net in øre for a county or a payment group (R-PAY-3), with the previous instalment's net,
 * so the review page shows the change.
 */
public record AreaTotal(String key, String name, long netOre, long previousNetOre) {

  public long changeOre() {
    return netOre - previousNetOre;
  }
}
