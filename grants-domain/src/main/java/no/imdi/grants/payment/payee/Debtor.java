package no.imdi.grants.payment.payee;

/**
 * IMDi as the payer (debtor) of the payment file, as its settings say: the name its bank knows, its
 * organisation number and account, and the BIC of its bank ({@code null}: the bank is named by
 * country only). {@code verified} is false while any of them is still the migration's synthetic
 * value [verify].
 */
public record Debtor(
    String name,
    OrganisationNumber organisationNumber,
    AccountNumber account,
    String bic,
    boolean verified) {

  public Iban iban() {
    return account.iban();
  }
}
