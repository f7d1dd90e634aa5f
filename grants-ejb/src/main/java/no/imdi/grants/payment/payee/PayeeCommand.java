package no.imdi.grants.payment.payee;

/**
 * New payee details for a municipality, as typed by the administrator: the organisation number and
 * account with or without spaces and dots, the version of the payee that was opened, and why.
 */
public record PayeeCommand(
    String municipalityNumber,
    long version,
    String organisationNumber,
    String accountNumber,
    String reason) {}
