package no.imdi.grants.payment.payee;

/**
 * What the payee list is narrowed to: a text found in the municipality's number or name, its
 * organisation number or its account (typed with or without dots and spaces), and a county.
 */
public record PayeeFilter(String text, String countyNumber) {

  public static final PayeeFilter ALL = new PayeeFilter(null, null);
}
