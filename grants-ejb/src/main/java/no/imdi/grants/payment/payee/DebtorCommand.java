package no.imdi.grants.payment.payee;

/**
 * New details of IMDi as the payer, as typed by the administrator: the name its bank knows, the
 * organisation number, the account, the BIC of its bank (blank: none), whether they are verified
 * against the bank agreement, the version that was opened ({@link DebtorAdministration#version})
 * and why.
 */
public record DebtorCommand(
    long version,
    String name,
    String organisationNumber,
    String accountNumber,
    String bic,
    boolean verified,
    String reason) {}
