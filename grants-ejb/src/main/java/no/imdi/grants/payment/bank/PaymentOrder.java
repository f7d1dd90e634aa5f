package no.imdi.grants.payment.bank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment file's content: IMDi as the debtor, the day the bank is to pay, and one {@link
 * CreditTransfer} per municipality (R-PAY-3). The payment run builds it from an approved run;
 * {@link Pain001Writer} turns it into the bank's {@code pain.001.001.03}, checked and validated.
 *
 * @param messageId the file's unique id (at most 35 characters), also its payment information id
 * @param createdAt when the file was made
 * @param requestedExecutionDate the payout day asked of the bank
 * @param debtorName IMDi's name as its bank knows it
 * @param debtorOrgNumber IMDi's organisation number (nine digits, mod 11)
 * @param debtorAccount IMDi's account (*kontonummer*, eleven digits, mod 11)
 * @param debtorBic the BIC of IMDi's bank, or {@code null} (then the bank is given by country)
 * @param transfers one per municipality, at least one
 */
public record PaymentOrder(
    String messageId,
    Instant createdAt,
    LocalDate requestedExecutionDate,
    String debtorName,
    String debtorOrgNumber,
    String debtorAccount,
    String debtorBic,
    List<CreditTransfer> transfers) {

  public PaymentOrder {
    transfers = transfers == null ? List.of() : List.copyOf(transfers);
  }

  /** The sum of the transfers in øre. */
  public long totalOre() {
    long total = 0;
    for (CreditTransfer transfer : transfers) {
      total = Math.addExact(total, transfer.amountOre());
    }
    return total;
  }
}
