package no.imdi.grants.payment.file;

import java.time.Instant;
import java.util.List;

/**
 * One status report of the bank as stored: its outcome for the file (all accepted, some rejected,
 * some still pending), the file's status as the bank gave it, who imported it when, and the
 * transfers it did not accept with the bank's reason.
 */
public record BankReport(
    long id,
    BankOutcome.Outcome outcome,
    String groupStatus,
    Instant receivedAt,
    String receivedBy,
    List<BankOutcome.Transfer> notAccepted) {

  public BankReport {
    notAccepted = List.copyOf(notAccepted);
  }

  BankReport withNotAccepted(List<BankOutcome.Transfer> transfers) {
    return new BankReport(id, outcome, groupStatus, receivedAt, receivedBy, transfers);
  }
}
