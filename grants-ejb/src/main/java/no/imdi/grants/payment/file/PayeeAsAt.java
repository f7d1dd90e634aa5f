package no.imdi.grants.payment.file;

/**
 * A municipality's payee as it was at a given moment (the approval of a run): organisation number
 * and account (*kontonummer*), read from the payee or, when it was changed since, from the oldest
 * change after that moment (which keeps the values it replaced).
 */
record PayeeAsAt(String municipality, String organisationNumber, String accountNumber) {}
