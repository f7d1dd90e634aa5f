package no.imdi.grants.payment.bank;

import java.util.List;
import java.util.Optional;

/**
 * The bank's answer to a payment file (ISO 20022 {@code pain.002.001.03}, *Customer Payment Status
 * Report*): which file it answers, the status of the whole file, and the status of each transfer
 * the bank names. Status codes are the ISO ones: {@code ACCP}, {@code ACTC}, {@code ACSP}, {@code
 * ACSC}, {@code ACWC} (accepted at some stage), {@code PDNG} (pending), {@code RJCT} (rejected),
 * {@code PART} (partly accepted: see the transfers).
 *
 * @param originalMessageId the message id of the payment file answered
 * @param groupStatus the file's status, or {@code null} when the bank gave none
 * @param paymentStatus the status of the payment information block, or {@code null}
 * @param transactions the transfers the bank named, in its order
 */
public record StatusReport(
    String originalMessageId,
    String groupStatus,
    String paymentStatus,
    List<TransactionStatus> transactions) {

  public StatusReport {
    transactions = List.copyOf(transactions);
  }

  /** The status the bank named for the transfer, if it named it. */
  public Optional<TransactionStatus> transaction(String endToEndId) {
    return transactions.stream().filter(t -> t.endToEndId().equals(endToEndId)).findFirst();
  }

  /**
   * The status that holds for a transfer: its own, else the payment information's, else the file's
   * (a file accepted whole names no transfer); {@code PART} is never a transfer's status.
   */
  public Optional<String> effectiveStatus(String endToEndId) {
    Optional<TransactionStatus> own = transaction(endToEndId);
    if (own.isPresent() && own.get().status() != null) {
      return Optional.of(own.get().status());
    }
    for (String status : new String[] {paymentStatus, groupStatus}) {
      if (status != null && !status.equals("PART")) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** The status of one transfer and, for a rejection, the bank's reason code and text. */
  public record TransactionStatus(String endToEndId, String status, String reason) {

    public boolean isRejected() {
      return "RJCT".equals(status);
    }
  }
}
