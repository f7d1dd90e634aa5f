package no.imdi.grants.payment.bank;

import java.util.List;

/**
 * What one municipality is paid in a payment file: one credit transfer, identified end to end by
 * the run and the municipality, with the amount per group of grant codes in its remittance
 * information (R-PAY-3: year 1 with the one-off codes, years 2-5, EM, T1/T2).
 *
 * @param endToEndId unique in the run (at most 35 characters), returned in the bank's status report
 * @param municipalityNumber the municipality paid (four digits), once per file
 * @param creditorName the municipality's name
 * @param creditorOrgNumber the municipality's organisation number (nine digits, mod 11)
 * @param creditorAccount the municipality's account (*kontonummer*, eleven digits, mod 11)
 * @param amountOre the amount in øre, above zero, equal to the sum of the groups when there are any
 * @param groups the amount per group, in the order they are written (a recovery makes a group
 *     negative; the transfer is the net)
 */
public record CreditTransfer(
    String endToEndId,
    String municipalityNumber,
    String creditorName,
    String creditorOrgNumber,
    String creditorAccount,
    long amountOre,
    List<RemittanceGroup> groups) {

  public CreditTransfer {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
