package no.imdi.grants.payment.payee;

import java.time.Instant;

/**
 * One line of the payee list: the municipality and its payee details, as read in one query.
 *
 * @param version the payee's version, to refuse a change over someone else's
 */
public record PayeeRow(
    String municipalityNumber,
    String municipalityName,
    String countyName,
    String organisationNumber,
    String accountNumber,
    Instant updatedAt,
    String updatedBy,
    long version) {

  public OrganisationNumber organisation() {
    return new OrganisationNumber(organisationNumber);
  }

  public AccountNumber account() {
    return new AccountNumber(accountNumber);
  }

  public Iban iban() {
    return account().iban();
  }
}
