package no.imdi.grants.payment.file;

/**
 * One credit transfer of a stored file: the municipality, its EndToEndId, the amount in øre, and
 * the payee (organisation number and account) as it was when the run was approved.
 */
public record FileTransfer(
    String municipality,
    String municipalityName,
    String endToEndId,
    long amountOre,
    String organisationNumber,
    String accountNumber) {}
