package no.imdi.grants.payment.file;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored bank file of an approved run (without its bytes): its message id, SHA-256, size, the
 * number of transfers and the control sum in øre, the payout day asked of the bank, and who made it
 * when (the approver, or {@code system} when the retry made it).
 */
public record StoredPaymentFile(
    long id,
    long runId,
    String messageId,
    String sha256,
    int sizeBytes,
    int transfers,
    long controlSumOre,
    LocalDate requestedExecutionDate,
    Instant createdAt,
    String createdBy) {

  /** The file's name for a download: {@code betaling-IMDI-12-20250630.xml}. */
  public String fileName() {
    return "betaling-" + messageId + ".xml";
  }
}
